import "server-only";
// Signing in to the desk: limited to a few failures per account in a window (counted from the
// audit log, so the limit holds across server instances), every attempt audited.
import { APIError } from "better-auth/api";
import { signInSchema } from "@/lib/domain/account-input";
import { auth } from "@/lib/server/auth/auth";
import { audit } from "@/lib/server/audit";
import { parseInput } from "@/lib/server/commands/parse-input";
import { db } from "@/lib/server/db";
import { CommandError } from "@/lib/server/errors";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_MAX_FAILURES = 5;

export async function signIn(rawInput: unknown, headers: Headers): Promise<{ name: string }> {
  const { email, password } = parseInput(signInSchema, rawInput);
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const failures = await db.auditEvent.count({
    where: { action: "auth.sign_in_failed", subjectType: "SignIn", subjectId: email, createdAt: { gte: since } },
  });
  if (failures >= SIGN_IN_MAX_FAILURES) {
    await audit({ action: "auth.sign_in_throttled", actor: null, subjectType: "SignIn", subjectId: email });
    throw new CommandError(429, "too_many_attempts", `Too many failed sign-ins for this account. Try again in ${SIGN_IN_WINDOW_MINUTES} minutes.`);
  }
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers });
    await audit({ action: "auth.signed_in", actor: { userId: result.user.id, name: result.user.name }, subjectType: "SignIn", subjectId: email });
    return { name: result.user.name };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await audit({ action: "auth.sign_in_failed", actor: null, subjectType: "SignIn", subjectId: email, detail: { reason: error.body?.code ?? error.status } });
    throw new CommandError(401, "bad_credentials", "That email and password do not match an account.");
  }
}

export async function signOut(headers: Headers): Promise<void> {
  await auth.api.signOut({ headers });
}

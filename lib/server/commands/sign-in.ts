import "server-only";
// Signing in to the desk: every attempt is counted by the sign-in throttle before its password is
// checked (lib/server/auth/sign-in-throttle.ts), and every attempt is audited with the address it
// came from.
import { APIError } from "better-auth/api";
import { signInSchema } from "@/lib/domain/account-input";
import { throttledMessage, type ThrottleLimit } from "@/lib/domain/sign-in-throttle";
import { auth } from "@/lib/server/auth/auth";
import { reserveSignInAttempt, signInSucceeded } from "@/lib/server/auth/sign-in-throttle";
import { audit } from "@/lib/server/audit";
import { clientAddress } from "@/lib/server/client-address";
import { parseInput } from "@/lib/server/commands/parse-input";
import { env } from "@/lib/server/env";
import { CommandError } from "@/lib/server/errors";

const tooManyAttempts = (limit: ThrottleLimit, retryAfterSeconds: number) =>
  new CommandError("too_many_attempts", throttledMessage(limit, retryAfterSeconds), { limit, retryAfterSeconds });
const badCredentials = () => new CommandError("bad_credentials", "That email and password do not match an account.", {});

export async function signIn(rawInput: unknown, headers: Headers): Promise<{ name: string }> {
  const { email, password } = parseInput(signInSchema, rawInput);
  const address = clientAddress(headers, env.TRUST_PROXY);
  const reservation = await reserveSignInAttempt(email, address);
  if (!reservation.allowed) {
    const { limit, retryAfterSeconds } = reservation;
    await audit({ action: "auth.sign_in_throttled", actor: null, subjectType: "SignIn", subjectId: email, detail: { address, limit, retryAfterSeconds } });
    throw tooManyAttempts(limit, retryAfterSeconds);
  }
  let result;
  try {
    result = await auth.api.signInEmail({ body: { email, password }, headers });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await audit({ action: "auth.sign_in_failed", actor: null, subjectType: "SignIn", subjectId: email, detail: { address, reason: error.body?.code ?? error.status } });
    throw badCredentials();
  }
  await signInSucceeded(reservation.attempt);
  await audit({ action: "auth.signed_in", actor: { userId: result.user.id, name: result.user.name }, subjectType: "SignIn", subjectId: email, detail: { address } });
  return { name: result.user.name };
}

export async function signOut(headers: Headers): Promise<void> {
  await auth.api.signOut({ headers });
}

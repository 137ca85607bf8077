import "server-only";
// Desk accounts and API keys: created by admins (or the command line), passwords hashed the way
// Better Auth checks them, keys generated and hashed by its api-key plugin and shown only once.
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { newUserSchema } from "@/lib/domain/account-input";
import { ROLES, type Role } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { auth } from "@/lib/server/auth/auth";
import { authorize } from "@/lib/server/auth/authorize";
import { audit, auditData } from "@/lib/server/audit";
import { parseInput } from "@/lib/server/commands/parse-input";
import { db } from "@/lib/server/db";
import { CommandError, invalid, notFound } from "@/lib/server/errors";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The password, when it was generated here: shown once, never stored in clear. */
  generatedPassword: string | null;
}

const emailTaken = (email: string) => new CommandError("email_taken", `There is already an account for ${email}.`, {});

export async function createUser(actor: Actor | null, rawInput: unknown): Promise<CreatedUser> {
  const who = authorize(actor, "user:manage");
  const input = parseInput(newUserSchema, rawInput);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw emailTaken(input.email);
  }
  const generatedPassword = input.password ? null : randomBytes(15).toString("base64url");
  const id = randomUUID();
  await db.$transaction([
    db.user.create({ data: { id, email: input.email, name: input.name, role: input.role, emailVerified: true } }),
    db.account.create({
      data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: await hashPassword(input.password ?? generatedPassword!) },
    }),
    db.auditEvent.create({ data: auditData({ action: "user.created", actor: who, subjectType: "User", subjectId: id, detail: { email: input.email, role: input.role } }) }),
  ]);
  return { id, email: input.email, name: input.name, role: input.role, generatedPassword };
}

export async function createApiKey(actor: Actor | null, input: { email: string; name?: string }): Promise<{ key: string; id: string }> {
  const who = authorize(actor, "apikey:manage");
  const owner = await db.user.findUnique({ where: { email: input.email.trim().toLowerCase() }, select: { id: true } });
  if (!owner) throw notFound(`The account ${input.email}`);
  const created = await auth.api.createApiKey({ body: { userId: owner.id, name: input.name ?? "automation" } });
  await audit({ action: "apikey.created", actor: who, subjectType: "Apikey", subjectId: created.id, detail: { owner: input.email } });
  return { key: created.key, id: created.id };
}

const roleChangeSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES) }).strict();

export async function setUserRole(actor: Actor | null, rawInput: unknown): Promise<void> {
  const who = authorize(actor, "user:manage");
  const input = parseInput(roleChangeSchema, rawInput);
  if (input.userId === who.userId && input.role !== "admin") {
    throw invalid({ role: "cannot demote yourself" }, "You cannot take the admin role from yourself; ask another admin.");
  }
  const [updated] = await db.$transaction([
    db.user.updateMany({ where: { id: input.userId }, data: { role: input.role } }),
    db.auditEvent.create({ data: auditData({ action: "user.role_set", actor: who, subjectType: "User", subjectId: input.userId, detail: { role: input.role } }) }),
  ]);
  if (updated.count === 0) throw notFound("The account");
}

export async function revokeApiKey(actor: Actor | null, keyId: string): Promise<void> {
  const who = authorize(actor, "apikey:manage");
  const [revoked] = await db.$transaction([
    db.apikey.updateMany({ where: { id: keyId, enabled: true }, data: { enabled: false, updatedAt: new Date() } }),
    db.auditEvent.create({ data: auditData({ action: "apikey.revoked", actor: who, subjectType: "Apikey", subjectId: keyId }) }),
  ]);
  if (revoked.count === 0) throw notFound("An active API key with that id");
}

// Accounts, sign-in and API keys against a real SQLite file, through Better Auth itself.
import { afterAll, expect, onTestFinished, test, vi } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";
import { FREE_ATTEMPTS_PER_PAIR } from "@/lib/domain/sign-in-throttle";

const database = createTestDatabase();
const { createUser, createApiKey, setUserRole, revokeApiKey } = await import("./accounts");
const { signIn } = await import("./sign-in");
const { actorFromHeaders, COMMAND_LINE } = await import("@/lib/server/auth/actor");

afterAll(() => database.remove());

const staffActor: Actor = { userId: "s", name: "Staff", email: "s@example.org", role: "staff", via: "session" };
const editorActor: Actor = { ...staffActor, role: "editor" };

test("an admin creates an account with a generated password that signs in", async () => {
  const user = await createUser(COMMAND_LINE, { email: " Reporter@Example.org ", name: "Rita Reporter", role: "staff" });
  expect(user).toMatchObject({ email: "reporter@example.org", role: "staff" });
  expect(user.generatedPassword).toMatch(/^[\w-]{20}$/);
  await expect(signIn({ email: "reporter@example.org", password: user.generatedPassword! }, new Headers())).resolves.toEqual({ name: "Rita Reporter" });
  const audit = await database.client.auditEvent.findMany({ where: { subjectId: "reporter@example.org" }, select: { action: true } });
  expect(audit.map((a) => a.action)).toEqual(["auth.signed_in"]);
});

test("only admins create accounts; duplicates and bad input are refused", async () => {
  expect((await refusal(createUser(null, { email: "a@b.org", name: "A", role: "staff" }))).status).toBe(401);
  expect((await refusal(createUser(editorActor, { email: "a@b.org", name: "A", role: "staff" }))).status).toBe(403);
  expect((await refusal(createUser(COMMAND_LINE, { email: "reporter@example.org", name: "R", role: "staff" }))).code).toBe("email_taken");
  expect((await refusal(createUser(COMMAND_LINE, { email: "nope", name: "", role: "boss" }))).status).toBe(400);
  expect(await database.client.user.count()).toBe(1);
});

test("wrong passwords are refused and audited, and repeated failures make the next attempt wait", async () => {
  // Still, so that the first wait (one second) cannot run out on a slow machine.
  vi.useFakeTimers({ toFake: ["Date"] });
  onTestFinished(() => void vi.useRealTimers());
  await createUser(COMMAND_LINE, { email: "ed@example.org", name: "Ed", role: "editor", password: "correct-horse-battery" });
  for (let i = 0; i < FREE_ATTEMPTS_PER_PAIR; i++) {
    expect((await refusal(signIn({ email: "ed@example.org", password: "wrong-password" }, new Headers()))).code).toBe("bad_credentials");
  }
  const throttled = await refusal(signIn({ email: "ed@example.org", password: "correct-horse-battery" }, new Headers()));
  expect([throttled.status, throttled.code]).toEqual([429, "too_many_attempts"]);
  expect(throttled.message).toMatch(/Try again in \d+ seconds?\.$/);
  expect(await database.client.auditEvent.count({ where: { action: "auth.sign_in_failed", subjectId: "ed@example.org" } })).toBe(FREE_ATTEMPTS_PER_PAIR);
  expect(await database.client.auditEvent.count({ where: { action: "auth.sign_in_throttled", subjectId: "ed@example.org" } })).toBe(1);
});

test("an API key acts with its owner's role, is stored hashed, and stops working when revoked", async () => {
  const { key, id } = await createApiKey(COMMAND_LINE, { email: "ed@example.org" });
  expect(key.startsWith("rd_")).toBe(true);
  const stored = await database.client.apikey.findUniqueOrThrow({ where: { id } });
  expect(stored.key).not.toContain(key.slice(3));

  const actor = await actorFromHeaders(new Headers({ Authorization: `Bearer ${key}` }));
  expect(actor).toMatchObject({ email: "ed@example.org", role: "editor", via: "api_key" });

  await setUserRole(COMMAND_LINE, { userId: actor!.userId, role: "staff" });
  expect((await actorFromHeaders(new Headers({ Authorization: `Bearer ${key}` })))?.role).toBe("staff");

  await revokeApiKey(COMMAND_LINE, id);
  expect(await actorFromHeaders(new Headers({ Authorization: `Bearer ${key}` }))).toBeNull();
  expect(await actorFromHeaders(new Headers({ Authorization: "Bearer rd_made-up" }))).toBeNull();
  expect((await refusal(revokeApiKey(staffActor, id))).status).toBe(403);
});

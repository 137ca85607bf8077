// Guards the sign-in throttle (issue 11): forty parallel attempts on one account once had sixteen
// passwords checked against a limit of five, any address could try any number of accounts, and five
// bad attempts by anyone locked the real admin out. Against a real database, through Better Auth.
import type { IncomingMessage } from "node:http";
import { afterAll, afterEach, beforeEach, expect, test, vi } from "vitest";
import { ATTEMPTS_PER_ACCOUNT, ATTEMPTS_PER_ADDRESS, FREE_ATTEMPTS_PER_PAIR } from "@/lib/domain/sign-in-throttle";
import { CommandError } from "@/lib/server/errors";
import { createTestDatabase } from "@/lib/testing/test-database";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { createUser } = await import("./accounts");
const { signIn } = await import("./sign-in");
const { auth } = await import("@/lib/server/auth/auth");
const { COMMAND_LINE } = await import("@/lib/server/auth/actor");
const { stampClientAddress } = await import("@/lib/server/client-address");

afterAll(() => database.remove());
// The clock stands still unless a test moves it: the first wait is one second, and on a slow
// machine it could run out in the middle of a burst and rightly let one more attempt through.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const PASSWORD = "correct-horse-battery";

/** A request's headers as server.ts hands them to Next: stamped with the connection's address. */
function from(address: string): Headers {
  const request = { headers: {}, socket: { remoteAddress: address } } as unknown as IncomingMessage;
  stampClientAddress(request);
  return new Headers(request.headers as Record<string, string>);
}

async function account(email: string) {
  await createUser(COMMAND_LINE, { email, name: email.split("@")[0], role: "admin", password: PASSWORD });
}

/** Each attempt's outcome: "ok", or the refusal's code and, when throttled, which limit. */
async function attempt(email: string, password: string, address: string): Promise<string> {
  try {
    await signIn({ email, password }, from(address));
    return "ok";
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    return error.is("too_many_attempts") ? `${error.code}:${error.details.limit}` : error.code;
  }
}

const tally = (outcomes: string[]) => outcomes.reduce<Record<string, number>>((counts, o) => ({ ...counts, [o]: (counts[o] ?? 0) + 1 }), {});
const audited = (action: string, subjectId?: string) => database.client.auditEvent.count({ where: { action, ...(subjectId && { subjectId }) } });

test("forty parallel wrong attempts on one account check at most five passwords", { timeout: 60_000 }, async () => {
  await account("burst@example.org");
  const checks = vi.spyOn(auth.api, "signInEmail");
  const outcomes = await Promise.all(
    Array.from({ length: 40 }, () => refusal(signIn({ email: "burst@example.org", password: "wrong-password" }, from("198.51.100.1")))),
  );
  expect(checks).toHaveBeenCalledTimes(FREE_ATTEMPTS_PER_PAIR);
  expect(tally(outcomes.map((e) => e.code))).toEqual({ bad_credentials: FREE_ATTEMPTS_PER_PAIR, too_many_attempts: 40 - FREE_ATTEMPTS_PER_PAIR });
  expect(await audited("auth.sign_in_failed", "burst@example.org")).toBe(FREE_ATTEMPTS_PER_PAIR);
  expect(await audited("auth.sign_in_throttled", "burst@example.org")).toBe(40 - FREE_ATTEMPTS_PER_PAIR);
  const throttled = outcomes.find((e) => e.is("too_many_attempts"))!;
  expect(throttled.message).toMatch(/^Too many failed sign-ins for this account from your address\. Try again in \d+ seconds?\.$/);
  expect(throttled.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
});

test("the waits between attempts grow, and a successful sign-in clears them", async () => {
  await account("backoff@example.org");
  const ADDRESS = "198.51.100.2";
  const wrong = () => attempt("backoff@example.org", "wrong-password", ADDRESS);
  const waited = async () => (await refusal(signIn({ email: "backoff@example.org", password: "wrong-password" }, from(ADDRESS)), "too_many_attempts")).details.retryAfterSeconds;

  for (let i = 0; i < FREE_ATTEMPTS_PER_PAIR; i++) expect(await wrong()).toBe("bad_credentials");
  const waits = [];
  for (let i = 0; i < 4; i++) {
    const wait = await waited();
    waits.push(wait);
    vi.setSystemTime(Date.now() + wait * 1000);
    expect(await wrong()).toBe("bad_credentials");
  }
  expect(waits).toEqual([1, 2, 4, 8]);

  vi.setSystemTime(Date.now() + 16_000);
  expect(await attempt("backoff@example.org", PASSWORD, ADDRESS)).toBe("ok");
  for (let i = 0; i < FREE_ATTEMPTS_PER_PAIR; i++) expect(await wrong()).toBe("bad_credentials");
  expect(await waited()).toBe(1);
});

test("one address is capped across accounts, and other addresses are not", { timeout: 120_000 }, async () => {
  await account("colleague@example.org");
  const ADDRESS = "198.51.100.3";
  const outcomes = await Promise.all(
    Array.from({ length: ATTEMPTS_PER_ADDRESS + 20 }, (_, i) => attempt(`guess-${i}@example.org`, "wrong-password", ADDRESS)),
  );
  expect(tally(outcomes)).toEqual({ bad_credentials: ATTEMPTS_PER_ADDRESS, "too_many_attempts:address": 20 });
  const refused = await refusal(signIn({ email: "colleague@example.org", password: PASSWORD }, from(ADDRESS)));
  expect(refused.message).toMatch(/^Too many failed sign-ins from your address\. Try again in 24 hours\.$/);
  expect(await attempt("colleague@example.org", PASSWORD, "198.51.100.4")).toBe("ok");
});

test("a stranger's failures elsewhere do not keep the owner out at an address the account knows", { timeout: 120_000 }, async () => {
  await account("owner@example.org");
  const OWNER = "203.0.113.10";
  expect(await attempt("owner@example.org", PASSWORD, OWNER)).toBe("ok");

  // One stranger backs off on their own address; the owner, even from a new address, is not slowed.
  const first = await Promise.all(Array.from({ length: 8 }, () => attempt("owner@example.org", "wrong-password", "192.0.2.1")));
  expect(tally(first)).toEqual({ bad_credentials: FREE_ATTEMPTS_PER_PAIR, "too_many_attempts:pair": 8 - FREE_ATTEMPTS_PER_PAIR });
  expect(await attempt("owner@example.org", PASSWORD, "203.0.113.11")).toBe("ok");

  // Strangers on many addresses use up what addresses new to the account may try …
  const strangers = Array.from({ length: ATTEMPTS_PER_ACCOUNT / FREE_ATTEMPTS_PER_PAIR }, (_, i) => `192.0.2.${i + 2}`);
  await Promise.all(strangers.flatMap((address) => Array.from({ length: FREE_ATTEMPTS_PER_PAIR }, () => attempt("owner@example.org", "wrong-password", address))));
  expect(await attempt("owner@example.org", "wrong-password", "192.0.2.200")).toBe("too_many_attempts:account");
  expect(await attempt("owner@example.org", PASSWORD, "203.0.113.12")).toBe("too_many_attempts:account");
  // … but not what the owner's known addresses may.
  expect(await attempt("owner@example.org", PASSWORD, OWNER)).toBe("ok");
  expect(await attempt("owner@example.org", PASSWORD, "203.0.113.11")).toBe("ok");
});

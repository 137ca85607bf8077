import "server-only";
// The sign-in throttle (policy: lib/domain/sign-in-throttle.ts). Every attempt is counted before
// its password is checked, so attempts in parallel, or on other app instances, see each other's
// counts and no more than the limits are ever checked.
//
// The counts are rate-limiter-flexible's Prisma store, in the ThrottleCounter table: each count is
// one INSERT … ON CONFLICT DO UPDATE … RETURNING (Prisma's native upsert) after a delete of the
// key's expired row, so it is atomic on SQLite and PostgreSQL alike and needs no interactive
// transaction (which Prisma on SQLite cannot run several of at once, prisma/orm#29870).
//
// Account and address together back off the way express-brute does (the library's
// ExpressBruteFlexible, whose middleware form this app cannot use): a free count, then a gate that
// lets one attempt through per wait, and a count of those that sets how long the next wait is.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import {
  ACCOUNT_WINDOW_SECONDS,
  ADDRESS_WINDOW_SECONDS,
  ATTEMPTS_PER_ACCOUNT,
  ATTEMPTS_PER_ADDRESS,
  delaySeconds,
  FREE_ATTEMPTS_PER_PAIR,
  KNOWN_ADDRESS_SECONDS,
  MAX_DELAY_SECONDS,
  PAIR_WINDOW_SECONDS,
  type ThrottleLimit,
} from "@/lib/domain/sign-in-throttle";
import { db } from "@/lib/server/db";

function counter(keyPrefix: string, points: number, duration: number, clearExpiredByTimeout = false) {
  return new RateLimiterPrisma({ storeClient: db, tableName: "throttleCounter", keyPrefix, points, duration, clearExpiredByTimeout });
}

// One of them sweeps the table of long-expired rows every five minutes; on each instance, which
// is harmless: a delete of rows nobody counts any more.
const byAddress = counter("sign-in:address", ATTEMPTS_PER_ADDRESS, ADDRESS_WINDOW_SECONDS, true);
const byAccount = counter("sign-in:account", ATTEMPTS_PER_ACCOUNT, ACCOUNT_WINDOW_SECONDS);
const knownAddresses = counter("sign-in:known", 1, KNOWN_ADDRESS_SECONDS);
/** The free attempts: the library refuses a count once it is past `points`, and the gate lets one more through. */
const pairFree = counter("sign-in:pair-free", FREE_ATTEMPTS_PER_PAIR - 1, PAIR_WINDOW_SECONDS);
/** Open while a wait runs: its row lives as long as the wait (set per count), and the first to count it goes through. */
const pairGate = counter("sign-in:pair-gate", 1, MAX_DELAY_SECONDS);
/** How many attempts the gate has let through, so how long the next wait is (only counted, never refused). */
const pairDelayed = counter("sign-in:pair-delayed", 1, PAIR_WINDOW_SECONDS);

export interface SignInAttempt {
  email: string;
  address: string;
  /** Whether the account was counted (it is not from an address it signed in from lately). */
  countedForAccount: boolean;
}

export type Reservation =
  | { allowed: true; attempt: SignInAttempt }
  | { allowed: false; limit: ThrottleLimit; retryAfterSeconds: number };

const pairKey = (email: string, address: string) => `${address} ${email}`;

const wholeSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Null when the count fits its limit, else the seconds until it would. The library refuses with a
 * RateLimiterRes; anything else it throws is the database failing.
 */
async function waitFor(count: Promise<RateLimiterRes>): Promise<number | null> {
  try {
    await count;
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return wholeSeconds(error.msBeforeNext);
    throw error;
  }
}

async function reservePair(key: string): Promise<number | null> {
  if ((await waitFor(pairFree.consume(key))) === null) return null;
  const delayed = (await pairDelayed.get(key))?.consumedPoints ?? 0;
  const gate = await pairGate.penalty(key, 1, { customDuration: delaySeconds(delayed + 1) });
  if (gate.consumedPoints > 1) return wholeSeconds(gate.msBeforeNext);
  await pairDelayed.penalty(key);
  return null;
}

/**
 * Counts a sign-in attempt before its password is checked, or refuses it with how long to wait.
 * Every attempt counts against its address, refused ones too. The account is counted last, so that
 * only attempts that got past their own pair's back-off use up what other addresses may try.
 */
export async function reserveSignInAttempt(email: string, address: string): Promise<Reservation> {
  const addressWait = await waitFor(byAddress.consume(address));
  if (addressWait !== null) return { allowed: false, limit: "address", retryAfterSeconds: addressWait };

  const key = pairKey(email, address);
  const pairWait = await reservePair(key);
  if (pairWait !== null) return { allowed: false, limit: "pair", retryAfterSeconds: pairWait };

  const countedForAccount = (await knownAddresses.get(key)) === null;
  if (countedForAccount) {
    const accountWait = await waitFor(byAccount.consume(email));
    if (accountWait !== null) return { allowed: false, limit: "account", retryAfterSeconds: accountWait };
  }
  return { allowed: true, attempt: { email, address, countedForAccount } };
}

/**
 * After a successful sign-in: the pair starts afresh, the address and the account get this
 * attempt back (the limits count failures), and the address is known to the account from now on.
 */
export async function signInSucceeded({ email, address, countedForAccount }: SignInAttempt): Promise<void> {
  const key = pairKey(email, address);
  await Promise.all([
    pairFree.delete(key),
    pairGate.delete(key),
    pairDelayed.delete(key),
    byAddress.reward(address),
    countedForAccount ? byAccount.reward(email) : null,
    knownAddresses.set(key, 1, KNOWN_ADDRESS_SECONDS),
  ]);
}

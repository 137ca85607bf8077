// The desk's sign-in throttle policy (README, "Security"): how many attempts each limit allows and
// how long it makes the next one wait. Back-off, not lock-out: the counting is in
// lib/server/auth/sign-in-throttle.ts.

/** Account and address together: attempts checked straight away before the delays begin. */
export const FREE_ATTEMPTS_PER_PAIR = 5;
/** Account and address together: the wait after the first delayed attempt, doubled each time. */
export const FIRST_DELAY_SECONDS = 1;
/** Account and address together: the longest wait between two attempts. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** How long a pair's failures count without a successful sign-in, from the first of them. */
export const PAIR_WINDOW_SECONDS = 24 * 60 * 60;

/** One address, whichever accounts it tries: attempts a day. */
export const ATTEMPTS_PER_ADDRESS = 100;
export const ADDRESS_WINDOW_SECONDS = 24 * 60 * 60;

/** One account, from addresses it has not signed in from lately: attempts an hour. */
export const ATTEMPTS_PER_ACCOUNT = 50;
export const ACCOUNT_WINDOW_SECONDS = 60 * 60;
/** How long an address stays known to an account after a sign-in from it. */
export const KNOWN_ADDRESS_SECONDS = 30 * 24 * 60 * 60;

export type ThrottleLimit = "pair" | "address" | "account";

/**
 * The wait that opens with the nth attempt let through after the free ones: 1 s, 2 s, 4 s … and
 * never more than MAX_DELAY_SECONDS.
 */
export function delaySeconds(delayedAttempt: number): number {
  const doublings = Math.max(0, Math.floor(delayedAttempt) - 1);
  // 2^10 s is already past the cap; stop doubling before the number grows without use.
  return Math.min(FIRST_DELAY_SECONDS * 2 ** Math.min(doublings, 20), MAX_DELAY_SECONDS);
}

/** A wait as a person reads it: seconds under two minutes, then minutes, then hours, rounded up. */
export function waitWords(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 120) return `${whole} second${whole === 1 ? "" : "s"}`;
  if (whole < 2 * 60 * 60) return `${Math.ceil(whole / 60)} minutes`;
  return `${Math.ceil(whole / 3600)} hours`;
}

const REFUSALS: Record<ThrottleLimit, string> = {
  pair: "Too many failed sign-ins for this account from your address.",
  address: "Too many failed sign-ins from your address.",
  account: "Too many failed sign-ins for this account from addresses it has not signed in from.",
};

export function throttledMessage(limit: ThrottleLimit, retryAfterSeconds: number): string {
  return `${REFUSALS[limit]} Try again in ${waitWords(retryAfterSeconds)}.`;
}

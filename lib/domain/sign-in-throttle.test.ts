import fc from "fast-check";
import { expect, test } from "vitest";
import { delaySeconds, MAX_DELAY_SECONDS, throttledMessage, waitWords } from "./sign-in-throttle";

test("the waits double from one second and stop at fifteen minutes", () => {
  expect([1, 2, 3, 4, 5, 6, 10, 11].map(delaySeconds)).toEqual([1, 2, 4, 8, 16, 32, 512, 900]);
  expect(delaySeconds(1_000)).toBe(MAX_DELAY_SECONDS);
});

test("a later delayed attempt never waits less, nor more than the cap", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (n, more) => {
      expect(delaySeconds(n + more)).toBeGreaterThanOrEqual(delaySeconds(n));
      expect(delaySeconds(n)).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
    }),
  );
});

test("a wait reads in seconds, then minutes, then hours, rounded up", () => {
  expect([0.2, 1, 2, 119, 120, 121, 900, 7199, 7200, 86_400].map(waitWords)).toEqual([
    "1 second",
    "1 second",
    "2 seconds",
    "119 seconds",
    "2 minutes",
    "3 minutes",
    "15 minutes",
    "120 minutes",
    "2 hours",
    "24 hours",
  ]);
});

test("a refusal says which limit and when to try again", () => {
  expect(throttledMessage("pair", 4)).toBe("Too many failed sign-ins for this account from your address. Try again in 4 seconds.");
  expect(throttledMessage("address", 3600)).toMatch(/from your address\. Try again in 60 minutes\.$/);
  expect(throttledMessage("account", 1800)).toMatch(/addresses it has not signed in from\. Try again in 30 minutes\.$/);
});

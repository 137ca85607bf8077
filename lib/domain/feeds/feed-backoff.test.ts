import { expect, test } from "vitest";
import { backoffSeconds, MAX_BACKOFF_SECONDS, nextFetchDelaySeconds, quotaWaitSeconds } from "./feed-backoff";

test("a healthy source waits its interval; each failure doubles the wait, up to 10 minutes", () => {
  expect([0, 1, 2, 3, 4, 5, 6, 7].map((failures) => backoffSeconds(5, failures))).toEqual([5, 10, 20, 40, 80, 160, 320, 600]);
  expect([0, 1, 2, 3, 4].map((failures) => backoffSeconds(30, failures))).toEqual([30, 60, 120, 240, 480]);
  expect(backoffSeconds(30, 5)).toBe(MAX_BACKOFF_SECONDS);
  expect(backoffSeconds(5, 10_000)).toBe(600);
});

test("a source asked less often than every 10 minutes is never asked sooner because it fails", () => {
  expect([0, 1, 5].map((failures) => backoffSeconds(3_600, failures))).toEqual([3_600, 3_600, 3_600]);
});

test("AP's quota headers: a window with nothing left is waited out, in any case, capped at 10 minutes", () => {
  expect(quotaWaitSeconds({})).toBe(0);
  expect(quotaWaitSeconds({ "x-electionsapi-q-minute-allowed": "10", "x-electionsapi-q-minute-used": "4", "x-electionsapi-q-minute-available": "6" })).toBe(0);
  expect(quotaWaitSeconds({ "x-electionsapi-Q-minute-available": "0" })).toBe(60);
  expect(quotaWaitSeconds({ "X-ElectionsAPI-Q-Second-Available": "0", "x-electionsapi-q-minute-available": "3" })).toBe(1);
  expect(quotaWaitSeconds({ "x-electionsapi-q-hour-available": "-1" })).toBe(600);
  expect(quotaWaitSeconds({ "x-electionsapi-q-minute-available": "soon" })).toBe(0);
});

test("the next fetch waits the longer of the backoff and the quota", () => {
  expect(nextFetchDelaySeconds(5, 0, 60)).toBe(60);
  expect(nextFetchDelaySeconds(5, 5, 60)).toBe(160);
  expect(nextFetchDelaySeconds(10, 0, 0)).toBe(10);
});

import { expect, test } from "vitest";
import { DEFAULT_RETRY_SCHEDULE_MS, parseRetrySchedule, retryDelayMs } from "./retry-schedule";

test("after each failure the wait grows: 10 s, 1 min, 5 min, 30 min, 2 h; then no more tries", () => {
  const waits = [1, 2, 3, 4, 5, 6].map((attempts) => retryDelayMs(DEFAULT_RETRY_SCHEDULE_MS, attempts));
  expect(waits).toEqual([10_000, 60_000, 300_000, 1_800_000, 7_200_000, null]);
});

test("a delivery not yet tried is due at once", () => {
  expect(retryDelayMs(DEFAULT_RETRY_SCHEDULE_MS, 0)).toBe(0);
});

test("a test's schedule is read from the setting; anything else is refused", () => {
  expect(parseRetrySchedule("200, 400,800")).toEqual([200, 400, 800]);
  expect(parseRetrySchedule("0")).toBeNull();
  expect(parseRetrySchedule("-5")).toBeNull();
  expect(parseRetrySchedule("1.5")).toBeNull();
  expect(parseRetrySchedule("10s")).toBeNull();
  expect(parseRetrySchedule("")).toBeNull();
  expect(parseRetrySchedule("100,,200")).toBeNull();
});

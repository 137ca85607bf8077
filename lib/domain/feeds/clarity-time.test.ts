import { expect, test } from "vitest";
import { clarityTime } from "./clarity-time";

test.each([
  ["11/20/2020 3:37:06 PM EST", "2020-11-20T20:37:06.000Z"],
  ["11/5/2020 11:39:44 AM EST", "2020-11-05T16:39:44.000Z"],
  ["11/3/2020 12:05:00 AM CST", "2020-11-03T06:05:00.000Z"],
  ["11/3/2020 12:05:00 PM CDT", "2020-11-03T17:05:00.000Z"],
  ["11/3/2020 11:30:00 PM PDT", "2020-11-04T06:30:00.000Z"],
  ["3/1/2022 8:00 PM MST", "2022-03-02T03:00:00.000Z"],
  ["6/7/2022 9:15:00 pm mdt", "2022-06-08T03:15:00.000Z"],
])("%j is %j", (text, iso) => {
  expect(clarityTime(text)).toBe(iso);
});

test.each(["2020-11-20T20:37:06Z", "11/20/2020 3:37:06 PM CET", "2/30/2021 1:00:00 PM EST", "13/1/2020 1:00:00 PM EST", "11/20/2020 13:37:06 PM EST", ""])(
  "%j is not a Clarity time",
  (text) => {
    expect(clarityTime(text)).toBeNull();
  },
);

import { expect, test } from "vitest";
import { updatedAgoWords } from "./time-words";

const AT = "2017-11-08T04:42:00.000Z";
const after = (ms: number) => Date.parse(AT) + ms;
const MIN = 60_000;
const ago = (ms: number) => updatedAgoWords(AT, after(ms), "America/New_York");

test("under a minute is just now, and a clock behind the server's is not the future", () => {
  expect(ago(0)).toBe("Updated just now");
  expect(ago(59_999)).toBe("Updated just now");
  expect(ago(-30_000)).toBe("Updated just now");
});

test("minutes, then hours and minutes", () => {
  expect(ago(MIN)).toBe("Updated 1 min ago");
  expect(ago(2 * MIN + 30_000)).toBe("Updated 2 min ago");
  expect(ago(59 * MIN)).toBe("Updated 59 min ago");
  expect(ago(60 * MIN)).toBe("Updated 1 hr ago");
  expect(ago(65 * MIN)).toBe("Updated 1 hr 5 min ago");
});

test("past a day, the moment itself in the newsroom's zone", () => {
  expect(ago(25 * 60 * MIN)).toBe("Updated Nov 7, 2017, 11:42 PM EST");
});

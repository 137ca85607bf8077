import { expect, test } from "vitest";
import { clarityBase, feedSourceEditSchema, newFeedSourceSchema, raceKeysOf, storedRaceKeys } from "./feed-source-input";

const ap = { name: "AP general", format: "ap-json", url: "https://api.ap.org/v3/elections/2026-11-03?format=json&level=ru" };

function problems(input: unknown): Record<string, string> {
  const parsed = newFeedSourceSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

test("a source takes defaults: the format's interval, every race, nothing created, not paused", () => {
  expect(newFeedSourceSchema.parse(ap)).toEqual({ ...ap, intervalSeconds: 10, races: [], createMissing: false, paused: false });
  expect(newFeedSourceSchema.parse({ ...ap, races: ["KY-18525", " KY-18525 ", "CO-7582"] }).races).toEqual(["KY-18525", "CO-7582"]);
});

test("intervals: at least 5 seconds for AP and CSV files, 30 for Clarity", () => {
  expect(problems({ ...ap, intervalSeconds: 4 })).toEqual({ intervalSeconds: "must be at least 5 seconds for ap-json sources" });
  expect(problems({ ...ap, intervalSeconds: 5 })).toEqual({});
  const clarity = { name: "Georgia", format: "clarity-json", url: "https://results.enr.clarityelections.com/GA/105369/" };
  expect(problems({ ...clarity, intervalSeconds: 29 })).toEqual({ intervalSeconds: "must be at least 30 seconds for clarity-json sources" });
  expect(problems({ ...clarity, format: "clarity-xml", intervalSeconds: 30 })).toEqual({});
  expect(problems({ ...clarity, format: "openelections-csv", url: "https://example.org/a.csv", intervalSeconds: 5 })).toEqual({});
  expect(problems({ ...ap, intervalSeconds: 2.5 })).toHaveProperty("intervalSeconds");
  expect(problems({ ...ap, intervalSeconds: Number.NaN })).toHaveProperty("intervalSeconds");
});

test("URLs: http(s) only, and never with a key or a password in them", () => {
  for (const url of ["ftp://api.ap.org/x", "file:///etc/passwd", "javascript:alert(1)", "api.ap.org/v3", ""]) {
    expect(problems({ ...ap, url }), url).toHaveProperty("url");
  }
  expect(problems({ ...ap, url: `${ap.url}&apiKey=s3cret` }).url).toMatch(/must not carry a key/);
  expect(problems({ ...ap, url: "https://me:pw@api.ap.org/v3/elections" }).url).toMatch(/must not carry a key/);
});

test("a Clarity URL is stored as the jurisdiction's base, however it was pasted", () => {
  const base = "https://results.enr.clarityelections.com/GA/105369/";
  for (const url of [base, base.slice(0, -1), `${base}current_ver.txt`, `${base}?x=1#/summary`]) expect(clarityBase(url)).toBe(base);
  expect(newFeedSourceSchema.parse({ name: "GA", format: "clarity-xml", url: `${base}current_ver.txt` }).url).toBe(base);
});

test("an edit changes only what it names; the stored race list round-trips", () => {
  expect(feedSourceEditSchema.parse({ paused: true })).toEqual({ paused: true });
  expect(feedSourceEditSchema.safeParse({ url: "https://elsewhere.example" }).success).toBe(false);
  expect(raceKeysOf(storedRaceKeys(["KY-18525", "CO-7582"]))).toEqual(["KY-18525", "CO-7582"]);
  expect(raceKeysOf("")).toEqual([]);
  expect(newFeedSourceSchema.safeParse({ ...ap, races: ["two\nlines"] }).success).toBe(false);
});

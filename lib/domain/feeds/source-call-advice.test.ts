import { expect, test } from "vitest";
import { formatClockOrDate } from "../time-words";
import { callsAgree, sourceCallSentence } from "./source-call-advice";

const NY = "America/New_York";
const bevin = { slug: "matt-bevin", name: "Matt Bevin" };
const conway = { slug: "jack-conway", name: "Jack Conway" };

test("a call, a runoff and a withdrawal each read as one line with the source's name and time", () => {
  const when = (iso: string) => formatClockOrDate(iso, NY, new Date("2015-11-04T03:00:00Z"));
  expect(sourceCallSentence({ source: "AP", status: "called", winners: [bevin], at: "2015-11-04T01:45:00Z" }, when)).toBe("AP: called for Matt Bevin at 8:45 PM");
  expect(sourceCallSentence({ source: "AP", status: "runoff", winners: [bevin, conway], at: "2015-11-04T01:45:00Z" }, when)).toBe(
    "AP: runoff between Matt Bevin and Jack Conway at 8:45 PM",
  );
  expect(sourceCallSentence({ source: "Clarity", status: "uncalled", winners: [], at: "2015-11-04T02:10:00Z" }, when)).toBe("Clarity withdrew its call at 9:10 PM");
});

test("a time on another day than today, in the newsroom's zone, carries its date", () => {
  // 11:30 PM on Nov 3 in New York is already Nov 4 in UTC: the same day as 1 AM UTC on Nov 4 is not.
  expect(formatClockOrDate("2015-11-04T04:30:00Z", NY, new Date("2015-11-04T04:50:00Z"))).toBe("11:30 PM");
  expect(formatClockOrDate("2015-11-04T04:30:00Z", NY, new Date("2015-11-04T05:10:00Z"))).toBe("11:30 PM on Nov 3, 2015");
});

test("the desk agrees with a source when status and candidates match, in any order", () => {
  expect(callsAgree({ status: "runoff", candidates: ["b", "a"] }, { status: "runoff", candidates: ["a", "b"] })).toBe(true);
  expect(callsAgree({ status: "called", candidates: ["a"] }, { status: "called", candidates: ["b"] })).toBe(false);
  expect(callsAgree({ status: "too_close", candidates: [] }, { status: "called", candidates: ["a"] })).toBe(false);
});

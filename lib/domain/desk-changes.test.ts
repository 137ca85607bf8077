import { describe, expect, it } from "vitest";
import { concerns, deskChangeOf } from "./desk-changes";

describe("the desk's change stream", () => {
  it("reads a write's tags as the races and elections it changed", () => {
    expect(deskChangeOf(["home", "race:district-5", "election:atlanta-2017"])).toEqual({ races: ["district-5"], elections: ["atlanta-2017"], stories: false, everything: false });
  });

  it("names no story, only that stories changed", () => {
    expect(deskChangeOf(["story:draft-about-the-call", "race:district-5"])).toEqual({ races: ["district-5"], elections: [], stories: true, everything: false });
  });

  it("hears a race's desk-only news (a close call proposed or withdrawn) as a change to that race", () => {
    const change = deskChangeOf(["desk-race:district-5"])!;
    expect(change).toEqual({ races: ["district-5"], elections: [], stories: false, everything: false });
    expect(concerns({ kind: "race", slug: "district-5" }, change)).toBe(true);
    expect(concerns({ kind: "race", slug: "mayor" }, change)).toBe(false);
    expect(concerns({ kind: "all" }, change)).toBe(true);
  });

  it("says nothing for what the desk does not show", () => {
    expect(deskChangeOf(["home"])).toBeNull();
    expect(deskChangeOf(["candidate:rosa-delgado"])).toBeNull();
  });

  it("a race's desk hears its own race and set-up changes, not other races", () => {
    const watch = { kind: "race", slug: "district-5" } as const;
    expect(concerns(watch, deskChangeOf(["race:district-5"])!)).toBe(true);
    expect(concerns(watch, deskChangeOf(["race:mayor", "election:demo"])!)).toBe(false);
    expect(concerns(watch, deskChangeOf(["everything"])!)).toBe(true);
  });

  it("the story list hears stories and calls (a retraction pulls stories), the dashboard everything", () => {
    expect(concerns({ kind: "stories" }, deskChangeOf(["story:x"])!)).toBe(true);
    expect(concerns({ kind: "stories" }, deskChangeOf(["race:district-5"])!)).toBe(true);
    expect(concerns({ kind: "stories" }, deskChangeOf(["election:atlanta-2017"])!)).toBe(false);
    expect(concerns({ kind: "all" }, deskChangeOf(["election:atlanta-2017"])!)).toBe(true);
  });
});

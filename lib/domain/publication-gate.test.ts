import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { canPublish, expectationHolds, pullReason, storyExpectationSchema, type GateRace, type StoryExpectation } from "./publication-gate";
import { CALL_STATUSES, NOT_CALLED, type CurrentCall } from "./race-call";
import { buildRace, districtFive } from "./race-fixtures";
import { raceShortName } from "./race-name";
import type { RaceResult } from "./race-result";

const CALLED_AT = "2017-11-08T06:00:00.000Z";
const notCalled: CurrentCall = NOT_CALLED;
const calledFor = (...winners: string[]): CurrentCall => ({ ...NOT_CALLED, status: "called", winners, calledAt: CALLED_AT });
const runoffOf = (...advancing: string[]): CurrentCall => ({ ...NOT_CALLED, status: "runoff", advancing, calledAt: CALLED_AT });
const tooClose: CurrentCall = { ...NOT_CALLED, status: "too_close", calledAt: CALLED_AT };

const expectsCalled: StoryExpectation = { kind: "called" };
const expectsRunoff: StoryExpectation = { kind: "runoff" };
const expectsWinner = (candidate: string): StoryExpectation => ({ kind: "winner", candidate });

// The gate's view of a race, as the desk would derive it from the public result.
function gateRace(race: RaceResult, call: CurrentCall, testData = false): GateRace {
  return { name: raceShortName(race), call, candidates: Object.fromEntries(race.candidates.map((c) => [c.slug, c.name])), testData };
}
const d5 = (call: CurrentCall) => gateRace(districtFive(), call);

describe("canPublish reasons", () => {
  test("the race reads as 'District 5' in a sentence", () => {
    expect(d5(notCalled).name).toBe("District 5");
  });

  test("not called: every kind of story waits", () => {
    for (const expects of [expectsCalled, expectsRunoff, expectsWinner("archibong")]) {
      expect(canPublish(expects, d5(notCalled))).toEqual({ open: false, reason: "District 5 has not been called" });
    }
  });

  test("too close: every kind of story waits", () => {
    for (const expects of [expectsCalled, expectsRunoff, expectsWinner("archibong")]) {
      expect(canPublish(expects, d5(tooClose))).toEqual({ open: false, reason: "District 5 is too close to call" });
    }
  });

  test("called for Archibong, the story expects Bakhtiari", () => {
    expect(canPublish(expectsWinner("bakhtiari"), d5(calledFor("archibong")))).toEqual({
      open: false,
      reason: "District 5 was called for Natalyn Archibong; this story expects Liliana Bakhtiari",
    });
  });

  test("called, the story expects a runoff", () => {
    expect(canPublish(expectsRunoff, d5(calledFor("archibong")))).toEqual({
      open: false,
      reason: "District 5 was called for Natalyn Archibong; this story expects a runoff",
    });
  });

  test("a runoff, the story expects a winner", () => {
    const runoff = d5(runoffOf("archibong", "bakhtiari"));
    expect(canPublish(expectsWinner("archibong"), runoff)).toEqual({
      open: false,
      reason: "District 5 goes to a runoff between Natalyn Archibong and Liliana Bakhtiari; this story expects Natalyn Archibong",
    });
    expect(canPublish(expectsCalled, runoff)).toEqual({
      open: false,
      reason: "District 5 goes to a runoff between Natalyn Archibong and Liliana Bakhtiari; this story expects a winner",
    });
  });

  test("a candidate the race does not know is named by the slug the story gave", () => {
    expect(canPublish(expectsWinner("someone-else"), d5(calledFor("archibong")))).toEqual({
      open: false,
      reason: "District 5 was called for Natalyn Archibong; this story expects someone-else",
    });
  });

  test("a slug Object.prototype also has is still a candidate the race does not know", () => {
    expect(canPublish(expectsWinner("constructor"), d5(calledFor("archibong")))).toEqual({
      open: false,
      reason: "District 5 was called for Natalyn Archibong; this story expects constructor",
    });
  });
});

describe("canPublish opens", () => {
  test("a story expecting a call, once the race is called", () => {
    expect(canPublish(expectsCalled, d5(calledFor("archibong")))).toEqual({ open: true });
    expect(canPublish(expectsCalled, d5(calledFor("bakhtiari")))).toEqual({ open: true });
  });

  test("a story expecting the named winner, once the race is called for her", () => {
    expect(canPublish(expectsWinner("archibong"), d5(calledFor("archibong")))).toEqual({ open: true });
  });

  test("a story expecting a runoff, once the race goes to one", () => {
    expect(canPublish(expectsRunoff, d5(runoffOf("archibong", "bakhtiari")))).toEqual({ open: true });
  });

  test("multi-seat: a story expecting one of three winners opens; one expecting a loser names all three", () => {
    const board = buildRace({
      seat: "At-large",
      office: "Board of Education",
      seats: 3,
      candidates: ["Ana Ruiz", "Ben Carter", "Chloe Nguyen", "Dev Patel"].map((name, i) => ({ name, votes: [[400, 300, 200, 100][i]!] })),
    });
    const gate = gateRace(board, calledFor("ruiz", "carter", "nguyen"));
    for (const winner of ["ruiz", "carter", "nguyen"]) expect(canPublish(expectsWinner(winner), gate)).toEqual({ open: true });
    expect(canPublish(expectsWinner("patel"), gate)).toEqual({
      open: false,
      reason: "Board of Education was called for Ana Ruiz, Ben Carter and Chloe Nguyen; this story expects Dev Patel",
    });
  });
});

describe("test data", () => {
  const refused = { open: false, reason: "This race's election holds test data; nothing about it can be published.", testData: true };

  test("a race whose election holds test data publishes nothing, whatever its call and whatever the story expects", () => {
    const calls = [notCalled, tooClose, calledFor("archibong"), calledFor("bakhtiari"), runoffOf("archibong", "bakhtiari")];
    for (const call of calls) {
      for (const expects of [expectsCalled, expectsRunoff, expectsWinner("archibong"), expectsWinner("bakhtiari")]) {
        expect(canPublish(expects, gateRace(districtFive(), call, true))).toEqual(refused);
      }
    }
  });

  test("the same race with real data opens as usual, and its refusals are not test-data refusals", () => {
    expect(canPublish(expectsWinner("archibong"), d5(calledFor("archibong")))).toEqual({ open: true });
    expect(canPublish(expectsWinner("bakhtiari"), d5(calledFor("archibong")))).not.toHaveProperty("testData");
  });
});

describe("what a new call pulls: the published stories the gate now refuses, with the reason readers are given", () => {
  const storiesToPull = <S extends { expects: StoryExpectation }>(stories: readonly S[], race: GateRace) =>
    stories.flatMap((story) => {
      const reason = pullReason(story.expects, race);
      return reason === null ? [] : [{ story, reason }];
    });
  // Stories that went out while District 5 was called for Archibong.
  const published = [
    { id: "archibong-wins", expects: expectsWinner("archibong") },
    { id: "district-5-decided", expects: expectsCalled },
  ];

  test("nothing is pulled while the call stands", () => {
    expect(storiesToPull(published, d5(calledFor("archibong")))).toEqual([]);
    expect(storiesToPull([], d5(notCalled))).toEqual([]);
  });

  test("a retraction pulls every story that depended on the call, saying why", () => {
    expect(storiesToPull(published, d5(notCalled))).toEqual([
      { story: published[0], reason: "District 5 has not been called" },
      { story: published[1], reason: "District 5 has not been called" },
    ]);
  });

  test("re-called for Bakhtiari: the Archibong story is pulled, the story that only needs a call stays", () => {
    expect(storiesToPull(published, d5(calledFor("bakhtiari")))).toEqual([
      { story: published[0], reason: "District 5 was called for Liliana Bakhtiari; this story expects Natalyn Archibong" },
    ]);
  });

  test("re-called as a runoff: both are pulled, and a runoff story would stay", () => {
    const withRunoffStory = [...published, { id: "runoff-ahead", expects: expectsRunoff }];
    const between = "District 5 goes to a runoff between Natalyn Archibong and Liliana Bakhtiari";
    expect(storiesToPull(withRunoffStory, d5(runoffOf("archibong", "bakhtiari")))).toEqual([
      { story: withRunoffStory[0], reason: `${between}; this story expects Natalyn Archibong` },
      { story: withRunoffStory[1], reason: `${between}; this story expects a winner` },
    ]);
  });

  test("a retraction's note is the reason: readers are told why the call was taken back", () => {
    const retracted: CurrentCall = { ...NOT_CALLED, retractedAt: CALLED_AT, note: " Recanvass under way " };
    expect(storiesToPull(published, d5(retracted)).map((p) => p.reason)).toEqual([
      "The call in District 5 was retracted: Recanvass under way",
      "The call in District 5 was retracted: Recanvass under way",
    ]);
    expect(pullReason(expectsCalled, d5({ ...retracted, note: null }))).toBe("District 5 has not been called");
  });

  test("any other call's note follows the gate's reason; a story whose result holds has no reason to be pulled", () => {
    expect(pullReason(expectsWinner("archibong"), d5({ ...calledFor("bakhtiari"), note: "Recount reversed the lead." }))).toBe(
      "District 5 was called for Liliana Bakhtiari; this story expects Natalyn Archibong. Editor's note: Recount reversed the lead.",
    );
    expect(pullReason(expectsCalled, d5({ ...tooClose, note: "" }))).toBe("District 5 is too close to call");
    expect(pullReason(expectsWinner("archibong"), d5({ ...calledFor("archibong"), note: "All in." }))).toBeNull();
  });
});

describe("storyExpectationSchema", () => {
  test("accepts the three kinds", () => {
    for (const value of [{ kind: "called" }, { kind: "runoff" }, { kind: "winner", candidate: "archibong" }]) {
      expect(storyExpectationSchema.parse(value)).toEqual(value);
    }
  });

  test("refuses a winner without a candidate, extra fields and unknown kinds", () => {
    for (const value of [
      { kind: "winner" },
      { kind: "winner", candidate: "" },
      { kind: "called", candidate: "archibong" },
      { kind: "runoff", between: ["archibong", "bakhtiari"] },
      { kind: "too_close" },
      {},
    ]) {
      expect(storyExpectationSchema.safeParse(value).success).toBe(false);
    }
  });
});

describe("properties", () => {
  const slugs = ["archibong", "bakhtiari", "someone-else"];
  const callArbitrary: fc.Arbitrary<CurrentCall> = fc.record({
    status: fc.constantFrom(...CALL_STATUSES),
    winners: fc.subarray(slugs),
    advancing: fc.subarray(slugs),
    calledAt: fc.option(fc.constant(CALLED_AT), { nil: null }),
    retractedAt: fc.option(fc.constant(CALLED_AT), { nil: null }),
    note: fc.option(fc.string(), { nil: null }),
  });
  const expectationArbitrary: fc.Arbitrary<StoryExpectation> = fc.oneof(
    fc.constant(expectsCalled),
    fc.constant(expectsRunoff),
    fc.constantFrom(...slugs).map(expectsWinner),
  );

  test("canPublish opens exactly when the expectation holds, and otherwise says why, naming the race", () => {
    fc.assert(
      fc.property(expectationArbitrary, callArbitrary, (expects, call) => {
        const verdict = canPublish(expects, d5(call));
        expect(verdict.open).toBe(expectationHolds(expects, call));
        if (!verdict.open) expect(verdict.reason.startsWith("District 5 ")).toBe(true);
      }),
    );
  });
});

import { describe, expect, test } from "vitest";
import { checkCall, proposedCallSchema, type ProposedCall } from "./call-guard";
import { buildRace, districtFive } from "./race-fixtures";
import { mayConfirm, needsSecondEditor } from "./second-editor";

const propose = (call: Partial<ProposedCall> & Pick<ProposedCall, "status">): ProposedCall => proposedCallSchema.parse(call);

// District 5's 252 votes (2.6 points) with every precinct in: outside Georgia's 0.5-point band.
const clearWin = districtFive();
// 5,010 to 4,990: a 0.2-point margin, inside the band.
const insideBand = buildRace({ recountBand: 0.5, candidates: [{ name: "Natalyn Archibong", votes: [5_010] }, { name: "Liliana Bakhtiari", votes: [4_990] }] });
// District 5 with 11 Fulton precincts still out: the lead is smaller than the votes to come.
const stillCounting = districtFive({ precincts: [[14, 25], [6, 6]] });

function needs(race: typeof clearWin, call: ProposedCall, setting = true) {
  return needsSecondEditor(call.status, checkCall(race, call, race.call.status), setting);
}

describe("needsSecondEditor", () => {
  test("a clean call, outside the recount band with everything counted, takes effect at once", () => {
    expect(needs(clearWin, propose({ status: "called", winners: ["archibong"] }))).toBe(false);
  });

  test("a call inside the recount band waits for a second editor", () => {
    const call = propose({ status: "called", winners: ["archibong"], acknowledge: ["margin_in_recount_band"] });
    expect(checkCall(insideBand, call, "uncalled").warnings.map((w) => w.code)).toEqual(["margin_in_recount_band"]);
    expect(needs(insideBand, call)).toBe(true);
  });

  test("a call over any other acknowledged warning waits too: votes still out, or the trailing candidate named", () => {
    expect(needs(stillCounting, propose({ status: "called", winners: ["archibong"], acknowledge: ["margin_below_projection"] }))).toBe(true);
    expect(needs(insideBand, propose({ status: "called", winners: ["bakhtiari"] }))).toBe(true);
  });

  test("a runoff call over a warning waits as a win does", () => {
    const threeWay = buildRace({
      rule: { kind: "majority", thresholdPct: 50 },
      recountBand: 0.5,
      candidates: [{ name: "Ann Able", votes: [400] }, { name: "Bo Baker", votes: [350] }, { name: "Cy Cole", votes: [349] }],
    });
    expect(needs(threeWay, propose({ status: "runoff", advancing: ["able", "baker"] }))).toBe(true);
  });

  test("a retraction or 'too close to call' never waits: saying less is always safe", () => {
    expect(needs(insideBand, propose({ status: "too_close" }))).toBe(false);
    const called = buildRace({ recountBand: 0.5, candidates: [{ name: "Natalyn Archibong", votes: [5_010] }, { name: "Liliana Bakhtiari", votes: [4_990] }], call: { status: "called", winners: ["archibong"] } });
    expect(needs(called, propose({ status: "uncalled", note: "Provisionals out" }))).toBe(false);
  });

  test("an election that switched the rule off calls close races at once", () => {
    expect(needs(insideBand, propose({ status: "called", winners: ["archibong"], acknowledge: ["margin_in_recount_band"] }), false)).toBe(false);
  });

  test("a call the guard refuses is refused, not held for a second editor", () => {
    expect(needs(clearWin, propose({ status: "called", winners: ["archibong", "bakhtiari"] }))).toBe(false);
  });
});

test("only someone other than the proposer may confirm", () => {
  expect(mayConfirm("user-jane", "user-jane")).toBe(false);
  expect(mayConfirm("user-jane", "user-erin")).toBe(true);
});

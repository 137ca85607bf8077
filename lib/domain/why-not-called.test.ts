import { expect, test } from "vitest";
import { buildRace, districtFive, MAJORITY_50 } from "./race-fixtures";
import { whyNotCalled } from "./why-not-called";

const RETRACTED = { status: "uncalled", retractedAt: "2017-11-08T05:30:00.000Z", note: "Recanvass under way" } as const;

test("called races, runoffs, retractions and races with no votes get no reason here", () => {
  expect(whyNotCalled(districtFive({ call: { status: "called", winners: ["archibong"], calledAt: "2017-11-08T06:00:00.000Z" } }))).toBeNull();
  expect(whyNotCalled(districtFive({ call: { status: "runoff", advancing: ["archibong", "bakhtiari"], calledAt: "2017-11-08T06:00:00.000Z" } }))).toBeNull();
  expect(whyNotCalled(districtFive({ call: RETRACTED }))).toBeNull();
  expect(whyNotCalled(buildRace({ candidates: [{ name: "Ann Able", votes: [0] }, { name: "Bo Baker", votes: [0] }], precincts: [[0, 10]] }))).toBeNull();
});

test("District 5 with every precinct in, a majority and no recount: the desk is reviewing the count", () => {
  expect(whyNotCalled(districtFive())).toBe("Every precinct is in: the desk is reviewing the count.");
});

test("a margin smaller than the votes still expected says so, with both numbers", () => {
  const race = buildRace({ candidates: [{ name: "Ann Able", votes: [100] }, { name: "Bo Baker", votes: [90] }], precincts: [[5, 10]] });
  expect(whyNotCalled(race)).toBe("Able leads Baker by 10 votes, fewer than the about 190 votes still expected: 5 of 10 precincts have yet to report.");
});

test("a margin larger than the votes still expected still says what is out", () => {
  const race = buildRace({ candidates: [{ name: "Ann Able", votes: [1_000] }, { name: "Bo Baker", votes: [100] }], precincts: [[9, 10]] });
  expect(whyNotCalled(race)).toBe("Able leads Baker by 900 votes, with about 122 votes still expected: 1 of 10 precincts has yet to report.");
});

test("votes in with no precinct reporting leave nothing to project from: the precincts out are named", () => {
  const race = buildRace({ candidates: [{ name: "Ann Able", votes: [40] }, { name: "Bo Baker", votes: [30] }], precincts: [[0, 10]] });
  expect(whyNotCalled(race)).toBe("10 of 10 precincts have yet to report.");
});

test("a margin inside the recount band names the band and who may ask", () => {
  const race = districtFive({ candidates: [{ name: "Natalyn Archibong", votes: [3_402, 1_608] }, { name: "Liliana Bakhtiari", votes: [3_400, 1_600] }], rule: { kind: "plurality" } });
  expect(whyNotCalled(race)).toBe("The 10-vote margin (0.10%) is inside the 0.5% recount band: Bakhtiari may ask for a recount.");
});

test("under a majority rule, a leader below the threshold: nobody has the share needed to avoid a runoff", () => {
  const race = buildRace({
    rule: MAJORITY_50,
    candidates: [{ name: "Ann Able", votes: [450] }, { name: "Bo Baker", votes: [350] }, { name: "Cy Cole", votes: [200] }],
  });
  expect(whyNotCalled(race)).toBe("No candidate has the 50% needed to avoid a runoff: Able has 45.0%.");
});

test("reasons that apply together are all given: votes out and no majority", () => {
  const race = buildRace({
    rule: MAJORITY_50,
    candidates: [{ name: "Ann Able", votes: [450] }, { name: "Bo Baker", votes: [350] }, { name: "Cy Cole", votes: [200] }],
    precincts: [[8, 10]],
  });
  expect(whyNotCalled(race)).toBe(
    "Able leads Baker by 100 votes, fewer than the about 250 votes still expected: 2 of 10 precincts have yet to report. No candidate has the 50% needed to avoid a runoff: Able has 45.0%.",
  );
});

test("a tie at the deciding line is said first, and no recount band on top of it", () => {
  const race = buildRace({ recountBand: 0.5, candidates: [{ name: "Ann Able", votes: [300] }, { name: "Bo Baker", votes: [300] }] });
  expect(whyNotCalled(race)).toBe("Able and Baker are tied at 300 votes each.");
});

test("multi-seat: the deciding line is the last winner against the first loser, not first against second", () => {
  const candidates = [
    { name: "Ann Able", votes: [500] },
    { name: "Bo Baker", votes: [400] },
    { name: "Cy Cole", votes: [300] },
    { name: "Di Diaz", votes: [290] },
    { name: "Ed Eby", votes: [100] },
  ];
  const counting = buildRace({ seats: 3, candidates, precincts: [[5, 10]] });
  expect(whyNotCalled(counting)).toBe(
    "For the last of the 3 seats, Cole leads Diaz by 10 votes, fewer than the about 1,590 votes still expected: 5 of 10 precincts have yet to report.",
  );
  const tied = buildRace({ seats: 3, candidates: candidates.map((c) => (c.name === "Di Diaz" ? { ...c, votes: [300] } : c)) });
  expect(whyNotCalled(tied)).toBe("Cole and Diaz are tied for the last of the 3 seats at 300 votes each.");
});

test("every precinct in but a feed's expected vote short of 100%: the share still out is the reason", () => {
  expect(whyNotCalled({ ...districtFive(), expectedVotePct: 80 })).toBe("Every precinct has reported, but only 80% of the expected vote is counted.");
});

test("a race the desk marked too close still gets its reason", () => {
  const race = buildRace({ recountBand: 0.5, candidates: [{ name: "Ann Able", votes: [1_001] }, { name: "Bo Baker", votes: [1_000] }], call: { status: "too_close" } });
  expect(whyNotCalled(race)).toBe("The 1-vote margin (0.05%) is inside the 0.5% recount band: Baker may ask for a recount.");
});

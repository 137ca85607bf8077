import { expect, test } from "vitest";
import { countsDiffer, heldCountDifferences, heldCountLowers } from "./held-count";

const desk = { precinctsReporting: 10, ballotsCast: 2_000, votes: { bevin: 1_230, conway: 987 } };

test("a held count that says the same as the desk does not differ", () => {
  const same = heldCountDifferences({ ...desk, votes: { ...desk.votes } }, desk);
  expect(same).toEqual({ candidates: [], precinctsReporting: false, ballotsCast: false });
  expect(countsDiffer(same)).toBe(false);
});

test("each candidate, the precincts and the ballots that differ are named", () => {
  const differences = heldCountDifferences({ precinctsReporting: 11, ballotsCast: 2_100, votes: { bevin: 1_234, conway: 987 } }, desk);
  expect(differences).toEqual({ candidates: ["bevin"], precinctsReporting: true, ballotsCast: true });
  expect(countsDiffer(differences)).toBe(true);
});

test("a candidate the feed does not name, and ballots it does not give, are not differences", () => {
  expect(countsDiffer(heldCountDifferences({ precinctsReporting: 10, ballotsCast: null, votes: { bevin: 1_230 } }, desk))).toBe(false);
});

test("a lower count or fewer precincts make the release a correction; more ballots alone do not", () => {
  expect(heldCountLowers({ ...desk, votes: { bevin: 1_229, conway: 990 } }, desk)).toBe(true);
  expect(heldCountLowers({ ...desk, precinctsReporting: 9 }, desk)).toBe(true);
  expect(heldCountLowers({ ...desk, ballotsCast: 1_000, votes: { bevin: 1_300, conway: 987 } }, desk)).toBe(false);
});

import { expect, test } from "vitest";
import { districtFive } from "./district-five.fixture";
import { describeMargin, formatPct, formatVotes, lastName } from "./margin-words";
import { tabulate } from "./tabulation";

const district5 = tabulate(districtFive);
const counting = {
  leaderName: "Natalyn Archibong",
  runnerUpName: "Liliana Bakhtiari",
  margin: district5.margin,
  tie: false,
  totalVotes: district5.totalVotes,
};

test("District 5 while counting: the leader's surname, votes and points", () => {
  expect(describeMargin(counting)).toBe("Archibong leads by 252 votes, 2.6 points");
});

test("District 5 once final: won by", () => {
  expect(describeMargin({ ...counting, final: true })).toBe("Archibong won by 252 votes, 2.6 points");
});

test("a one-vote margin is singular", () => {
  expect(describeMargin({ ...counting, margin: { votes: 1, pct: 0.4 } })).toBe("Archibong leads by 1 vote, 0.4 points");
});

test("large margins get thousands separators", () => {
  expect(describeMargin({ ...counting, margin: { votes: 12_345, pct: 23.456 } })).toBe(
    "Archibong leads by 12,345 votes, 23.5 points",
  );
});

test("a real margin too small to show at one decimal does not read as 0.0 points", () => {
  expect(describeMargin({ ...counting, margin: { votes: 3, pct: 0.02 } })).toBe(
    "Archibong leads by 3 votes, less than 0.1 points",
  );
});

test("a tie names both candidates", () => {
  const tied = { ...counting, margin: { votes: 0, pct: 0 }, tie: true };
  expect(describeMargin(tied)).toBe("Archibong and Bakhtiari are tied");
  expect(describeMargin({ ...tied, final: true })).toBe("Archibong and Bakhtiari finished tied");
});

test("no votes yet", () => {
  expect(describeMargin({ ...counting, margin: null, totalVotes: 0 })).toBe("No votes reported yet");
});

test("an unopposed candidate leads without a margin", () => {
  expect(describeMargin({ ...counting, runnerUpName: null, margin: null })).toBe("Archibong leads");
  expect(describeMargin({ ...counting, runnerUpName: null, margin: null, final: true })).toBe("Archibong won");
});

test("the surname is the last word of the name as given", () => {
  expect(lastName("Natalyn Archibong")).toBe("Archibong");
  expect(lastName("  Liliana   Bakhtiari ")).toBe("Bakhtiari");
  expect(lastName("Cher")).toBe("Cher");
});

test("votes are formatted en-US with thousands separators", () => {
  expect(formatVotes(5_010)).toBe("5,010");
  expect(formatVotes(1_234_567)).toBe("1,234,567");
  expect(formatVotes(0)).toBe("0");
});

test("shares are formatted to one decimal by default", () => {
  const share = district5.candidates[0]?.pct ?? NaN;
  expect(formatPct(share)).toBe("51.3%");
  expect(formatPct(share, 2)).toBe("51.29%");
  expect(formatPct(0)).toBe("0.0%");
  expect(formatPct(100, 0)).toBe("100%");
});

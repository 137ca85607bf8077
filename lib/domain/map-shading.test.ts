import fc from "fast-check";
import { expect, test } from "vitest";
import { MARGIN_STEPS, marginStep, shadeUnit, STEP_OPACITY, unitMapLabel } from "./map-shading";

const candidates = [
  { slug: "natalyn-archibong", name: "Natalyn Archibong" },
  { slug: "liliana-bakhtiari", name: "Liliana Bakhtiari" },
  { slug: "third", name: "Pat Third" },
];

test("the leader is shaded by the lead in points, deeper as it grows", () => {
  expect(marginStep(0.1)).toBe(0);
  expect(marginStep(4.99)).toBe(0);
  expect(marginStep(5)).toBe(1);
  expect(marginStep(12)).toBe(2);
  expect(marginStep(20)).toBe(3);
  expect(marginStep(100)).toBe(3);
  expect(STEP_OPACITY).toHaveLength(MARGIN_STEPS.length);
});

test("District 5's Fulton: Archibong leads by 312 votes with 51.2% of the unit", () => {
  const shade = shadeUnit({ "natalyn-archibong": 3360, "liliana-bakhtiari": 3048, third: 154 }, candidates);
  expect(shade).toMatchObject({ kind: "lead", leader: "natalyn-archibong", marginVotes: 312, step: 0 });
  expect(unitMapLabel("Fulton County", shade, candidates)).toBe("Fulton County: Archibong leads by 312 votes (51.2%)");
});

test("a unit with no votes takes no colour; a tie at the top names who is tied", () => {
  expect(shadeUnit({}, candidates)).toEqual({ kind: "none" });
  expect(unitMapLabel("DeKalb County", shadeUnit({}, candidates), candidates)).toBe("DeKalb County: no votes reported yet");
  const tie = shadeUnit({ "natalyn-archibong": 10, "liliana-bakhtiari": 10, third: 2 }, candidates);
  expect(tie).toEqual({ kind: "tie", candidates: ["natalyn-archibong", "liliana-bakhtiari"] });
  expect(unitMapLabel("DeKalb County", tie, candidates)).toBe("DeKalb County: Archibong and Bakhtiari tied");
});

test("an unopposed leader leads by every vote, and one vote is a vote", () => {
  const shade = shadeUnit({ third: 1 }, candidates);
  expect(shade).toMatchObject({ kind: "lead", leader: "third", marginVotes: 1, marginPct: 100, step: 3 });
  expect(unitMapLabel("Precinct 1", shade, candidates)).toBe("Precinct 1: Third leads by 1 vote (100.0%)");
});

test("whatever the votes, the shaded leader has the most and the step fits the lead", () => {
  const votes = fc.record({ "natalyn-archibong": fc.nat(1e6), "liliana-bakhtiari": fc.nat(1e6), third: fc.nat(1e6) });
  fc.assert(
    fc.property(votes, (v) => {
      const shade = shadeUnit(v, candidates);
      if (shade.kind !== "lead") return;
      expect(Math.max(...Object.values(v))).toBe(v[shade.leader as keyof typeof v]);
      expect(shade.marginPct).toBeLessThan(MARGIN_STEPS[shade.step]!.below);
      if (shade.step > 0) expect(shade.marginPct).toBeGreaterThanOrEqual(MARGIN_STEPS[shade.step - 1]!.below);
    }),
  );
});

import { expect, test } from "vitest";
import type { z } from "zod";
import {
  candidateProfileSchema,
  electionEditSchema,
  electionSlug,
  newElectionSchema,
  newRaceSchema,
  newReportingUnitSchema,
  raceEditSchema,
  raceSlug,
  reportingUnitEditSchema,
} from "./election-setup";

const district5 = {
  office: "Atlanta City Council",
  seat: "District 5",
  rule: { kind: "majority" },
  recountMarginPct: 0.5,
  candidates: [
    { name: "Natalyn Archibong", incumbent: true },
    { name: "Liliana Bakhtiari", party: "  " },
  ],
  units: [
    { name: "Fulton", precinctsTotal: 22 },
    { name: "DeKalb", precinctsTotal: 9 },
  ],
};

// The field each refusal lands on, and its words, as the desk shows them.
function problems(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

test("a new race gets defaults: one seat, a 50% majority threshold, county units, slugs from names", () => {
  const race = newRaceSchema.parse(district5);
  expect(race).toMatchObject({ seats: 1, featured: false, rule: { kind: "majority", thresholdPct: 50 }, recountMarginPct: 0.5 });
  expect(race.candidates).toEqual([
    { name: "Natalyn Archibong", party: null, incumbent: true, writeIn: false, slug: "natalyn-archibong" },
    { name: "Liliana Bakhtiari", party: null, incumbent: false, writeIn: false, slug: "liliana-bakhtiari" },
  ]);
  expect(race.units).toEqual([
    { name: "Fulton", precinctsTotal: 22, kind: "county", slug: "fulton" },
    { name: "DeKalb", precinctsTotal: 9, kind: "county", slug: "dekalb" },
  ]);
});

test("one candidate is enough, and a multi-seat race may have fewer candidates than seats", () => {
  const race = newRaceSchema.parse({ ...district5, rule: { kind: "plurality" }, seats: 3, candidates: [{ name: "Ana Ruiz" }] });
  expect([race.seats, race.candidates.length, race.rule]).toEqual([3, 1, { kind: "plurality" }]);
});

test.each([
  [{ seats: 0 }, "seats", "whole number from 1 to 50"],
  [{ seats: 51 }, "seats", "whole number from 1 to 50"],
  [{ seats: 1.5 }, "seats", "whole number"],
  [{ seats: Number.NaN }, "seats", "whole number"],
  [{ rule: { kind: "majority", thresholdPct: 0 } }, "rule.thresholdPct", "from 1 to 100"],
  [{ rule: { kind: "majority", thresholdPct: 101 } }, "rule.thresholdPct", "from 1 to 100"],
  [{ rule: { kind: "plurality", thresholdPct: 50 } }, "rule.thresholdPct", "only to a majority rule"],
  [{ rule: { kind: "ranked" } }, "rule.kind", "plurality or majority"],
  [{ recountMarginPct: 10.5 }, "recountMarginPct", "from 0 to 10"],
  [{ recountMarginPct: -1 }, "recountMarginPct", "from 0 to 10"],
  [{ office: "   " }, "office", "is required"],
  [{ candidates: [] }, "candidates", "at least one candidate"],
  [{ units: [] }, "units", "at least one reporting unit"],
  [{ units: [{ name: "Fulton", precinctsTotal: -1 }] }, "units.0.precinctsTotal", "from 0 to 100000"],
  [{ units: [{ name: "Fulton", precinctsTotal: 100_001 }] }, "units.0.precinctsTotal", "from 0 to 100000"],
  [{ units: [{ name: "Fulton", precinctsTotal: 3, kind: "state" }] }, "units.0.kind", "county, district, precinct"],
  [{ slug: "District 5" }, "slug", "lowercase letters and digits"],
])("a race with %j is refused on %s", (change, field, words) => {
  expect(problems(newRaceSchema, { ...district5, ...change })[field]).toContain(words);
});

test("a candidate or unit named twice in one race is refused on the repeat", () => {
  expect(
    problems(newRaceSchema, {
      ...district5,
      candidates: [{ name: "Natalyn Archibong" }, { name: "Liliana Bakhtiari" }, { name: "natalyn archibong" }],
      units: [{ name: "Fulton", precinctsTotal: 1 }, { name: "Fulton!", precinctsTotal: 2 }],
    }),
  ).toEqual({
    "candidates.2.name": "repeats candidate 1",
    "units.1.name": "gives the same address (fulton) as unit 1",
  });
  expect(
    problems(newRaceSchema, { ...district5, candidates: [{ name: "Ann Lee", slug: "ann" }, { name: "Ann Leigh", slug: "ann" }] }),
  ).toEqual({ "candidates.1.slug": "gives the same address (ann) as candidate 1" });
});

test("names readers see are stored in NFC and refuse hidden characters on their own field", () => {
  const hidden = (input: unknown) => Object.keys(problems(newRaceSchema, input));
  expect(newRaceSchema.parse({ ...district5, candidates: [{ name: "Jose\u0301 Nu\u0301n\u0303ez" }] }).candidates[0]!.name).toBe("José Núñez");
  expect(hidden({ ...district5, candidates: [{ name: "Natalyn \u202EgnobihcrA" }, { name: "Liliana\u200BBakhtiari" }] })).toEqual([
    "candidates.0.name",
    "candidates.1.name",
  ]);
  expect(hidden({ ...district5, office: "Council\u2067", seat: "District\u200F 5", units: [{ name: "Ful\u2060ton", precinctsTotal: 1 }] })).toEqual([
    "office",
    "seat",
    "units.0.name",
  ]);
  expect(hidden({ ...district5, candidates: [{ name: "Ann Lee", party: "Demo\u200Dcratic" }] })).toEqual(["candidates.0.party"]);
  expect(Object.keys(problems(newElectionSchema, { name: "Atlanta\uFEFF general", date: "2026-11-03", jurisdiction: "A\u061Ctlanta" }))).toEqual([
    "name",
    "jurisdiction",
  ]);
  expect(Object.keys(problems(electionEditSchema, { name: "\u202Dgeneral" }))).toEqual(["name"]);
  expect(Object.keys(problems(candidateProfileSchema, { name: "Liliana\u200E Bakhtiari" }))).toEqual(["name"]);
});

test("acknowledgements are a short list of codes", () => {
  expect(newRaceSchema.parse({ ...district5, acknowledge: ["look_alike_names"] }).acknowledge).toEqual(["look_alike_names"]);
  expect(newRaceSchema.parse(district5).acknowledge).toEqual([]);
  expect(candidateProfileSchema.safeParse({ acknowledge: "look_alike_names" }).success).toBe(false);
  expect(candidateProfileSchema.safeParse({ acknowledge: Array(21).fill("x") }).success).toBe(false);
});

test("a name with nothing to make an address from needs a slug", () => {
  expect(problems(newRaceSchema, { ...district5, candidates: [{ name: "李明" }] })).toEqual({
    "candidates.0.name": "has no letters or digits to make an address from: send a slug",
  });
  expect(newRaceSchema.parse({ ...district5, candidates: [{ name: "李明", slug: "li-ming" }] }).candidates[0]!.slug).toBe("li-ming");
  expect(Object.keys(problems(newReportingUnitSchema, { name: "—", precinctsTotal: 1 }))).toEqual(["name"]);
});

test("unknown fields are refused rather than ignored", () => {
  expect(newRaceSchema.safeParse({ ...district5, threshold: 50 }).error!.issues[0]!.code).toBe("unrecognized_keys");
  expect(newElectionSchema.safeParse({ name: "x", date: "2026-11-03", jurisdiction: "y", isDemo: true }).success).toBe(false);
});

test("an election needs a real calendar date", () => {
  const election = { name: "Demo County general", jurisdiction: "Demo County" };
  expect(newElectionSchema.parse({ ...election, date: "2026-11-03" }).date).toBe("2026-11-03");
  for (const date of ["2026-02-30", "11/03/2026", "2026-11-3", ""]) {
    expect(problems(newElectionSchema, { ...election, date }).date).toBe("must be a date written YYYY-MM-DD");
  }
  expect(problems(electionEditSchema, { name: "" })).toEqual({ name: "is required" });
});

test("default addresses: an election adds its year unless its name has it, a race joins election, office and seat", () => {
  expect(electionSlug({ name: "Atlanta municipal general", date: "2017-11-07" })).toBe("atlanta-municipal-general-2017");
  expect(electionSlug({ name: "Demo County 2026 general", date: "2026-11-03" })).toBe("demo-county-2026-general");
  expect(raceSlug("atlanta-2017-general", { office: "Atlanta City Council", seat: "District 5" })).toBe(
    "atlanta-2017-general-atlanta-city-council-district-5",
  );
});

test("race edits take a whole rule, and null clears the recount band", () => {
  expect(raceEditSchema.parse({ rule: { kind: "majority", thresholdPct: 40 }, recountMarginPct: null })).toEqual({
    rule: { kind: "majority", thresholdPct: 40 },
    recountMarginPct: null,
  });
  expect(raceEditSchema.parse({})).toEqual({});
});

test("candidate profiles take web addresses only, and blank or null clears a field", () => {
  expect(
    candidateProfileSchema.parse({ party: "", bio: null, photoUrl: null, links: [{ label: "Campaign", url: "https://example.org/" }] }),
  ).toEqual({ party: null, bio: null, photoUrl: null, links: [{ label: "Campaign", url: "https://example.org/" }] });
  expect(problems(candidateProfileSchema, { photoUrl: "javascript:alert(1)" }).photoUrl).toContain("web address");
  expect(problems(candidateProfileSchema, { links: [{ label: "x", url: "ftp://example.org" }] })["links.0.url"]).toContain("web address");
  expect(problems(candidateProfileSchema, { links: Array.from({ length: 11 }, () => ({ label: "x", url: "https://example.org" })) }).links).toContain(
    "at most 10",
  );
});

test("a unit edit keeps precincts total a whole number", () => {
  expect(reportingUnitEditSchema.parse({ precinctsTotal: 0 })).toEqual({ precinctsTotal: 0 });
  expect(problems(reportingUnitEditSchema, { precinctsTotal: 2.5 }).precinctsTotal).toContain("whole number");
});

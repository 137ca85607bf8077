// Integration tests of election set-up against a real SQLite file: elections, races with their
// candidacies and units in one batch, returning candidates kept as one person, and refusals that
// change nothing.
import { afterAll, expect, test } from "vitest";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { createElection } = await import("./create-election");
const { updateElection } = await import("./update-election");
const { createRace } = await import("./create-race");
const { updateRace } = await import("./update-race");
const { updateCandidate } = await import("./update-candidate");
const { addReportingUnit } = await import("./add-reporting-unit");
const { updateReportingUnit } = await import("./update-reporting-unit");

afterAll(() => database.remove());

const editor: Actor = { userId: "user-editor", name: "Eve Editor", email: "editor@example.org", role: "editor", via: "session" };

const district5 = {
  office: "Atlanta City Council",
  seat: "District 5",
  rule: { kind: "majority" },
  recountMarginPct: 0.5,
  candidates: [
    { name: "Natalyn Archibong", party: "Nonpartisan", incumbent: true },
    { name: "Liliana Bakhtiari" },
  ],
  units: [
    { name: "Fulton", precinctsTotal: 22 },
    { name: "DeKalb", precinctsTotal: 9 },
  ],
};
const DISTRICT_5 = "atlanta-2017-general-atlanta-city-council-district-5";

async function auditOf(action: string) {
  const events = await database.client.auditEvent.findMany({ where: { action }, orderBy: { createdAt: "asc" } });
  return events.map((e) => ({ ...e, detail: JSON.parse(e.detail) as Record<string, unknown> }));
}

test("an editor creates an election; its address defaults to the name and year", async () => {
  const election = await createElection(editor, { name: "Atlanta municipal general", date: "2017-11-07", jurisdiction: "City of Atlanta, Georgia" });
  expect(election).toMatchObject({ slug: "atlanta-municipal-general-2017", date: "2017-11-07", raceCount: 0, races: [] });

  const named = await createElection(editor, { name: "Atlanta general", date: "2017-11-07", jurisdiction: "City of Atlanta, Georgia", slug: "atlanta-2017-general" });
  expect(named.slug).toBe("atlanta-2017-general");
  const audit = await auditOf("election.created");
  expect(audit.map((e) => [e.actorLabel, e.detail.slug])).toEqual([
    ["Eve Editor", "atlanta-municipal-general-2017"],
    ["Eve Editor", "atlanta-2017-general"],
  ]);
});

test("an editor creates a race with its candidacies and units in one go", async () => {
  const race = await createRace(editor, "atlanta-2017-general", district5);
  expect(race).toMatchObject({
    slug: DISTRICT_5,
    rule: { kind: "majority", thresholdPct: 50 },
    seats: 1,
    recountMarginPct: 0.5,
    totalVotes: 0,
    reporting: { precinctsReporting: 0, precinctsTotal: 31, pct: 0 },
  });
  expect(race.candidates.map((c) => [c.slug, c.incumbent, c.ballotOrder, c.votes])).toEqual([
    ["natalyn-archibong", true, 0, 0],
    ["liliana-bakhtiari", false, 1, 0],
  ]);
  expect(race.units.map((u) => [u.slug, u.precinctsTotal, u.version])).toEqual([
    ["fulton", 22, 0],
    ["dekalb", 9, 0],
  ]);

  const stored = await database.client.race.findUniqueOrThrow({
    where: { slug: DISTRICT_5 },
    select: { id: true, ruleKind: true, thresholdPct: true, candidacies: { select: { writeIn: true, candidate: { select: { party: true } } } }, units: { select: { kind: true } } },
  });
  expect([stored.ruleKind, stored.thresholdPct]).toEqual(["majority", 50]);
  expect(stored.candidacies.map((c) => c.candidate.party).sort()).toEqual(["Nonpartisan", null]);
  expect(stored.units.map((u) => u.kind)).toEqual(["county", "county"]);
  const [audit] = await auditOf("race.created");
  expect(audit).toMatchObject({ subjectType: "Race", subjectId: stored.id, actorId: "user-editor" });
  expect(audit!.detail).toMatchObject({ slug: DISTRICT_5, candidates: ["natalyn-archibong", "liliana-bakhtiari"], returningCandidates: [] });
});

test("a candidate who runs again is the same person with a second candidacy, and keeps their profile", async () => {
  const before = await database.client.candidate.findUniqueOrThrow({ where: { slug: "natalyn-archibong" } });
  await createElection(editor, { name: "Atlanta general", date: "2021-11-02", jurisdiction: "City of Atlanta, Georgia", slug: "atlanta-2021-general" });
  const race = await createRace(editor, "atlanta-2021-general", {
    office: "Atlanta City Council",
    seat: "President",
    rule: { kind: "plurality" },
    candidates: [{ name: "Natalyn Archibong", party: "Someone else's typo" }, { name: "Doug Shipman" }],
    units: [{ name: "Citywide", precinctsTotal: 170, kind: "district" }],
  });
  expect(race.candidates.map((c) => c.slug)).toEqual(["natalyn-archibong", "doug-shipman"]);

  const after = await database.client.candidate.findUniqueOrThrow({ where: { slug: "natalyn-archibong" }, include: { candidacies: true } });
  expect(after.id).toBe(before.id);
  expect(after.party).toBe("Nonpartisan");
  expect(after.candidacies).toHaveLength(2);
  expect(await database.client.candidate.count({ where: { name: "Natalyn Archibong" } })).toBe(1);
  const audit = await auditOf("race.created");
  expect(audit.at(-1)!.detail.returningCandidates).toEqual(["natalyn-archibong"]);
});

test("a taken address is a 409 slug_taken that names who holds it, and writes nothing", async () => {
  const dump = databaseDump(database.url);
  const election = await refusal(createElection(editor, { name: "Another", date: "2017-11-07", jurisdiction: "Atlanta", slug: "atlanta-2017-general" }));
  expect([election.status, election.code]).toEqual([409, "slug_taken"]);
  expect(election.message).toBe('The address "atlanta-2017-general" is already used by the election "Atlanta general". Choose another slug.');

  const race = await refusal(createRace(editor, "atlanta-2017-general", district5), "slug_taken");
  expect(race.status).toBe(409);
  expect(race.message).toContain('the race "Atlanta City Council, District 5" (Atlanta general)');
  expect(race.details.fields).toEqual({ slug: expect.stringContaining(DISTRICT_5) });

  const unit = await refusal(addReportingUnit(editor, DISTRICT_5, { name: "Fulton", precinctsTotal: 3 }));
  expect([unit.status, unit.code]).toEqual([409, "slug_taken"]);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("impossible values are a 422 naming each field, and the database is unchanged", async () => {
  const dump = databaseDump(database.url);
  const error = await refusal(
    createRace(editor, "atlanta-2017-general", {
      ...district5,
      seat: "District 6",
      seats: 0,
      rule: { kind: "majority", thresholdPct: 120 },
      candidates: [{ name: "Ann Lee" }, { name: "ann lee" }],
      units: [{ name: "Fulton", precinctsTotal: -3 }],
    }),
    "invalid",
  );
  expect(error.status).toBe(422);
  expect(error.details.fields).toEqual({
    seats: "must be a whole number from 1 to 50",
    "rule.thresholdPct": "must be a number from 1 to 100",
    "units.0.precinctsTotal": "must be a whole number from 0 to 100000",
    "candidates.1.name": "repeats candidate 1",
  });

  const repeats = await refusal(createRace(editor, "atlanta-2017-general", { ...district5, seat: "District 6", candidates: [{ name: "Ann Lee" }, { name: "ann lee" }] }), "invalid");
  expect(repeats.details.fields).toEqual({ "candidates.1.name": "repeats candidate 1" });
  expect(databaseDump(database.url)).toEqual(dump);
});

test("a body of the wrong shape is a 400, and an unknown election a 404", async () => {
  const malformed = await refusal(createRace(editor, "atlanta-2017-general", { ...district5, seats: "two", colour: "red" }));
  expect([malformed.status, malformed.code]).toEqual([400, "malformed"]);
  expect(malformed.message).toContain("seats");
  expect((await refusal(createRace(editor, "no-such-election", district5))).status).toBe(404);
  expect((await refusal(updateElection(editor, "no-such-election", { name: "x" }))).status).toBe(404);
  expect((await refusal(updateCandidate(editor, "nobody", { name: "x" }))).status).toBe(404);
  expect((await refusal(updateReportingUnit(editor, DISTRICT_5, "cobb", { name: "x" }))).message).toBe('Reporting unit "cobb" of this race was not found.');
});

test("an election edit records what changed; saving the same values again writes nothing", async () => {
  const election = await updateElection(editor, "atlanta-municipal-general-2017", { date: "2017-11-08", name: "Atlanta municipal general " });
  expect(election).toMatchObject({ date: "2017-11-08", name: "Atlanta municipal general", slug: "atlanta-municipal-general-2017", closeCallsNeedSecondEditor: true });
  const [audit] = await auditOf("election.updated");
  expect(audit!.detail).toMatchObject({ before: { date: "2017-11-07" }, after: { date: "2017-11-08" } });

  const dump = databaseDump(database.url);
  await updateElection(editor, "atlanta-municipal-general-2017", { date: "2017-11-08" });
  expect(databaseDump(database.url)).toEqual(dump);
});

test("an election edit answers with the second-editor setting as it left it", async () => {
  const off = await updateElection(editor, "atlanta-municipal-general-2017", { closeCallsNeedSecondEditor: false });
  expect(off.closeCallsNeedSecondEditor).toBe(false);
  // An edit that does not name the setting echoes it unchanged.
  expect((await updateElection(editor, "atlanta-municipal-general-2017", { name: "Atlanta municipal general" })).closeCallsNeedSecondEditor).toBe(false);
  expect((await updateElection(editor, "atlanta-municipal-general-2017", { closeCallsNeedSecondEditor: true })).closeCallsNeedSecondEditor).toBe(true);
});

test("a race edit changes its rule, recount band and featuring", async () => {
  const race = await updateRace(editor, DISTRICT_5, { rule: { kind: "majority", thresholdPct: 40 }, recountMarginPct: null, featured: true });
  expect([race.rule, race.recountMarginPct]).toEqual([{ kind: "majority", thresholdPct: 40 }, null]);
  const stored = await database.client.race.findUniqueOrThrow({ where: { slug: DISTRICT_5 }, select: { featured: true, version: true } });
  expect(stored).toEqual({ featured: true, version: 1 });
  const [audit] = await auditOf("race.updated");
  expect(audit!.detail).toMatchObject({ before: { recountMarginPct: 0.5, featured: false }, after: { recountMarginPct: null, featured: true } });
  expect((await refusal(updateRace(editor, DISTRICT_5, { rule: { kind: "plurality", thresholdPct: 50 } }), "invalid")).details.fields).toEqual({
    "rule.thresholdPct": "applies only to a majority rule",
  });
});

test("seats and rule cannot change under a standing call", async () => {
  const race = await database.client.race.findUniqueOrThrow({ where: { slug: DISTRICT_5 }, select: { id: true } });
  await database.client.raceCall.create({ data: { raceId: race.id, seq: 1, status: "called", snapshot: "{}", actorLabel: "Eve Editor" } });
  const dump = databaseDump(database.url);
  const error = await refusal(updateRace(editor, DISTRICT_5, { seats: 2, rule: { kind: "plurality" } }), "invalid");
  expect(error.details.fields).toEqual({
    seats: "cannot change while the race is called; retract the call first",
    "rule.kind": "cannot change while the race is called; retract the call first",
  });
  expect(databaseDump(database.url)).toEqual(dump);
  expect((await updateRace(editor, DISTRICT_5, { seat: "District Five" })).seat).toBe("District Five");
});

test("a candidate's profile is edited in one place and its links replaced in order", async () => {
  const profile = await updateCandidate(editor, "liliana-bakhtiari", {
    party: "Democratic",
    bio: "Community organizer.",
    photoUrl: "https://example.org/bakhtiari.jpg",
    links: [
      { label: "Campaign", url: "https://example.org/campaign" },
      { label: "Council", url: "https://example.org/council" },
    ],
  });
  expect(profile).toEqual({
    slug: "liliana-bakhtiari",
    name: "Liliana Bakhtiari",
    party: "Democratic",
    bio: "Community organizer.",
    photoUrl: "https://example.org/bakhtiari.jpg",
    links: [
      { label: "Campaign", url: "https://example.org/campaign" },
      { label: "Council", url: "https://example.org/council" },
    ],
  });
  const edited = await updateCandidate(editor, "liliana-bakhtiari", { photoUrl: null, links: [{ label: "Council", url: "https://example.org/council" }] });
  expect([edited.photoUrl, edited.links]).toEqual([null, [{ label: "Council", url: "https://example.org/council" }]]);
  expect(await database.client.candidateLink.count()).toBe(1);
  expect(await auditOf("candidate.updated")).toHaveLength(2);

  const unsafe = await refusal(updateCandidate(editor, "liliana-bakhtiari", { photoUrl: "javascript:alert(1)" }), "invalid");
  expect([unsafe.status, Object.keys(unsafe.details.fields)]).toEqual([422, ["photoUrl"]]);
});

test("a reporting unit is added at the end of the race, with nothing reporting", async () => {
  const race = await addReportingUnit(editor, DISTRICT_5, { name: "Fulton (annex)", precinctsTotal: 2, kind: "precinct" });
  expect(race.units.map((u) => u.slug)).toEqual(["fulton", "dekalb", "fulton-annex"]);
  expect(race.reporting.precinctsTotal).toBe(33);
  const [audit] = await auditOf("unit.added");
  expect(audit!.detail).toMatchObject({ race: DISTRICT_5, slug: "fulton-annex", kind: "precinct" });
});

test("a unit's precincts total cannot go below the precincts already reporting", async () => {
  await database.client.reportingUnit.updateMany({ where: { slug: "fulton", race: { slug: DISTRICT_5 } }, data: { precinctsReporting: 16 } });
  const dump = databaseDump(database.url);
  const error = await refusal(updateReportingUnit(editor, DISTRICT_5, "fulton", { precinctsTotal: 15 }), "invalid");
  expect([error.status, error.details.fields]).toEqual([422, { precinctsTotal: "cannot be below the 16 precincts already reporting" }]);
  expect(databaseDump(database.url)).toEqual(dump);

  const race = await updateReportingUnit(editor, DISTRICT_5, "fulton", { precinctsTotal: 16, name: "Fulton County" });
  const fulton = race.units.find((u) => u.slug === "fulton")!;
  // The new total turns back any tally write that was checked against the old one.
  expect([fulton.name, fulton.precinctsTotal, fulton.precinctsReporting, fulton.version]).toEqual(["Fulton County", 16, 16, 1]);
  const renamed = await updateReportingUnit(editor, DISTRICT_5, "dekalb", { name: "DeKalb County" });
  expect(renamed.units.find((u) => u.slug === "dekalb")!.version).toBe(0);
  expect((await auditOf("unit.updated")).map((e) => e.detail.after)).toEqual([{ name: "Fulton County", precinctsTotal: 16 }, { name: "DeKalb County" }]);
});

test("a unit's county FIPS code is set, checked as five digits, and cleared", async () => {
  const dump = databaseDump(database.url);
  const error = await refusal(updateReportingUnit(editor, DISTRICT_5, "dekalb", { fips: "1308" }));
  expect([error.status, error.message]).toEqual([422, expect.stringMatching(/five-digit county FIPS code/)]);
  expect(databaseDump(database.url)).toEqual(dump);
  const set = await updateReportingUnit(editor, DISTRICT_5, "dekalb", { fips: "13089" });
  expect(set.units.find((u) => u.slug === "dekalb")!.fips).toBe("13089");
  const cleared = await updateReportingUnit(editor, DISTRICT_5, "dekalb", { fips: null });
  expect(cleared.units.find((u) => u.slug === "dekalb")!.fips).toBeNull();
});

test("a unit added with a county FIPS code keeps it; a code that is not five digits adds nothing", async () => {
  const dump = databaseDump(database.url);
  const error = await refusal(addReportingUnit(editor, DISTRICT_5, { name: "Cobb County", precinctsTotal: 4, fips: "13-067" }));
  expect([error.status, error.message]).toEqual([422, expect.stringMatching(/five-digit county FIPS code/)]);
  expect(databaseDump(database.url)).toEqual(dump);
  const race = await addReportingUnit(editor, DISTRICT_5, { name: "Cobb County", precinctsTotal: 4, fips: "13067" });
  expect(race.units.find((u) => u.slug === "cobb-county")!.fips).toBe("13067");
});

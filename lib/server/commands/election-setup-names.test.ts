// Integration tests of the names set-up stores (issue 11): names are kept in NFC, hidden characters
// are refused on their field, and candidates of one race whose names look alike are saved only once
// the caller acknowledges it. Every refusal leaves the database byte-for-byte as it was.
import { afterAll, beforeAll, expect, test } from "vitest";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { createElection } = await import("./create-election");
const { updateElection } = await import("./update-election");
const { createRace } = await import("./create-race");
const { updateCandidate } = await import("./update-candidate");

afterAll(() => database.remove());

const editor: Actor = { userId: "user-editor", name: "Eve Editor", email: "editor@example.org", role: "editor", via: "session" };
const ELECTION = "atlanta-2017-general";
const race = (seat: string, candidates: { name: string; slug?: string }[], acknowledge?: string[]) => ({
  office: "Atlanta City Council",
  seat,
  rule: { kind: "majority" },
  candidates,
  units: [{ name: "Fulton", precinctsTotal: 22 }],
  ...(acknowledge && { acknowledge }),
});

beforeAll(async () => {
  await createElection(editor, { name: "Atlanta general", date: "2017-11-07", jurisdiction: "City of Atlanta", slug: ELECTION });
  await createRace(editor, ELECTION, race("District 5", [{ name: "Natalyn Archibong" }, { name: "Liliana Bakhtiari" }]));
});

test("names are stored in NFC: an accent typed as a separate mark is the same name as the composed letter", async () => {
  const election = await createElection(editor, { name: "Eleccio\u0301n municipal", date: "2017-11-07", jurisdiction: "Atlanta", slug: "eleccion" });
  expect(election.name).toBe("Elección municipal");
  const created = await createRace(editor, "eleccion", race("District 1", [{ name: "Jose\u0301 Nu\u0301n\u0303ez" }]));
  expect(created.candidates[0]!.name).toBe("José Núñez");
  const stored = await database.client.candidate.findUniqueOrThrow({ where: { slug: "jose-nunez" }, select: { name: true } });
  expect(stored.name).toBe("José Núñez".normalize("NFC"));
});

test("a right-to-left override or a zero-width character in a name is a 422 on its field, and nothing is written", async () => {
  const dump = databaseDump(database.url);
  const election = await refusal(createElection(editor, { name: "Atlanta \u202Elareneg", date: "2017-11-07", jurisdiction: "Atlanta" }), "invalid");
  expect([election.status, election.code, election.details.fields]).toEqual([
    422,
    "invalid",
    { name: "contains an invisible or text-direction character (U+202E); retype it without it" },
  ]);
  const edit = await refusal(updateElection(editor, ELECTION, { name: "Atlanta\u2066 general" }), "invalid");
  expect(Object.keys(edit.details.fields)).toEqual(["name"]);

  const created = await refusal(createRace(editor, ELECTION, race("District 9", [{ name: "Ann Lee" }, { name: "Ann\u200B Leigh", slug: "ann-leigh" }])), "invalid");
  expect([created.status, created.details.fields]).toEqual([422, { "candidates.1.name": expect.stringContaining("(U+200B)") }]);
  const renamed = await refusal(updateCandidate(editor, "liliana-bakhtiari", { name: "Liliana\u200D Bakhtiari" }), "invalid");
  expect([renamed.status, renamed.details.fields]).toEqual([422, { name: expect.stringContaining("(U+200D)") }]);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("a race whose candidates' names look alike is a 422 needs_acknowledgement naming the pair, and nothing is written", async () => {
  const dump = databaseDump(database.url);
  for (const lookAlike of ["Nata1yn Archib0ng", "N\u0430talyn Archibong"]) {
    const error = await refusal(createRace(editor, ELECTION, race("District 6", [{ name: "Natalyn Archibong" }, { name: "Ann Lee" }, { name: lookAlike }])), "needs_acknowledgement");
    expect(error.status).toBe(422);
    expect(error.details.warnings).toEqual([
      { code: "look_alike_names", message: "Candidates in one race have names that look alike.", pairs: [["Natalyn Archibong", lookAlike]] },
    ]);
    expect(error.details.fields).toEqual({ "candidates.2.name": 'looks like candidate 1, "Natalyn Archibong"' });
    expect(error.message).toContain(`Candidates 1 and 3 ("Natalyn Archibong" and "${lookAlike}") have names that look alike.`);
  }
  // Acknowledging something else is not acknowledging this.
  const other = await refusal(createRace(editor, ELECTION, race("District 6", [{ name: "Natalyn Archibong" }, { name: "Nata1yn Archib0ng" }], ["winner_not_leading"])));
  expect(other.code).toBe("needs_acknowledgement");
  expect(databaseDump(database.url)).toEqual(dump);
});

test("once acknowledged, look-alike candidates are created and the confirmation is in the audit log", async () => {
  const created = await createRace(editor, ELECTION, race("District 6", [{ name: "Natalyn Archibong" }, { name: "Nata1yn Archib0ng" }], ["look_alike_names"]));
  expect(created.candidates.map((c) => c.slug)).toEqual(["natalyn-archibong", "nata1yn-archib0ng"]);
  const audit = await database.client.auditEvent.findFirstOrThrow({ where: { action: "race.created" }, orderBy: { createdAt: "desc" }, select: { detail: true } });
  expect(JSON.parse(audit.detail)).toMatchObject({ lookAlikeNamesConfirmed: [["Natalyn Archibong", "Nata1yn Archib0ng"]] });
});

test("a returning candidate is compared by the name on their profile", async () => {
  const dump = databaseDump(database.url);
  // The slug brings back Liliana Bakhtiari's profile whatever name the row carries.
  const error = await refusal(createRace(editor, ELECTION, race("District 7", [{ name: "L. Bakhtiari", slug: "liliana-bakhtiari" }, { name: "LiIiana Bakhtiari" }])));
  expect(error.details).toMatchObject({ warnings: [{ pairs: [["Liliana Bakhtiari", "LiIiana Bakhtiari"]] }] });
  expect(databaseDump(database.url)).toEqual(dump);
});

test("renaming a candidate to look like a rival in one of their races needs the same acknowledgement", async () => {
  const dump = databaseDump(database.url);
  const error = await refusal(updateCandidate(editor, "liliana-bakhtiari", { name: "NATALYN ARCHIBONG", bio: "Organizer." }), "needs_acknowledgement");
  expect(error.status).toBe(422);
  expect(error.details.fields).toEqual({ name: 'looks like "Natalyn Archibong" in Atlanta City Council, District 5' });
  expect(error.message).toContain('"NATALYN ARCHIBONG" looks like "Natalyn Archibong", who also runs in Atlanta City Council, District 5 (Atlanta general).');
  expect(databaseDump(database.url)).toEqual(dump);

  const renamed = await updateCandidate(editor, "liliana-bakhtiari", { name: "NATALYN ARCHIBONG", acknowledge: ["look_alike_names"] });
  expect(renamed.name).toBe("NATALYN ARCHIBONG");
  const audit = await database.client.auditEvent.findFirstOrThrow({ where: { action: "candidate.updated" }, orderBy: { createdAt: "desc" }, select: { detail: true } });
  expect(JSON.parse(audit.detail)).toMatchObject({ after: { name: "NATALYN ARCHIBONG" }, lookAlikeNamesConfirmed: [["Natalyn Archibong", "NATALYN ARCHIBONG"]] });
});

test("a rename that looks like nobody in the candidate's races, or leaves the name alone, asks nothing", async () => {
  expect((await updateCandidate(editor, "liliana-bakhtiari", { name: "Liliana Bakhtiari" })).name).toBe("Liliana Bakhtiari");
  // Another race's candidate may share a name: only rivals in the same race count.
  expect((await updateCandidate(editor, "jose-nunez", { name: "Ann Lee", bio: "Lawyer." })).name).toBe("Ann Lee");
  const unchanged = await updateCandidate(editor, "nata1yn-archib0ng", { bio: "Same name as before, new bio." });
  expect(unchanged.bio).toBe("Same name as before, new bio.");
});

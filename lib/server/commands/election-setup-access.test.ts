// Guards election set-up against the wrong hands: staff enter tallies but must not create or edit
// elections, races, candidates or reporting units (403), and nobody anonymous may (401). The check
// lives in each command, so every command is in the table, and a refusal writes nothing at all.
import { afterAll, beforeAll, expect, test } from "vitest";
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
const { UnreadableBody } = await import("@/lib/server/request-body");
const { malformed } = await import("@/lib/server/errors");

const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "api_key" };
const editor: Actor = { userId: "user-editor", name: "Eve Editor", email: "editor@example.org", role: "editor", via: "session" };

const RACE = "demo-2026-general-mayor-citywide";

beforeAll(async () => {
  await createElection(editor, { name: "Demo general", date: "2026-11-03", jurisdiction: "Demo County", slug: "demo-2026-general" });
  await createRace(editor, "demo-2026-general", {
    office: "Mayor",
    seat: "Citywide",
    rule: { kind: "plurality" },
    candidates: [{ name: "Maria Lopez" }, { name: "James Carter" }],
    units: [{ name: "North", precinctsTotal: 10 }],
  });
});
afterAll(() => database.remove());

const COMMANDS: [string, (actor: Actor | null) => Promise<unknown>][] = [
  ["createElection", (actor) => createElection(actor, { name: "Primary", date: "2026-05-19", jurisdiction: "Demo County" })],
  ["updateElection", (actor) => updateElection(actor, "demo-2026-general", { name: "Demo County general" })],
  ["createRace", (actor) => createRace(actor, "demo-2026-general", { office: "Sheriff", seat: "Countywide", rule: { kind: "plurality" }, candidates: [{ name: "Dana Reed" }], units: [{ name: "North", precinctsTotal: 10 }] })],
  ["updateRace", (actor) => updateRace(actor, RACE, { featured: true, recountMarginPct: 0.5 })],
  ["updateCandidate", (actor) => updateCandidate(actor, "maria-lopez", { bio: "Former council member.", photoUrl: "https://example.org/lopez.jpg" })],
  ["addReportingUnit", (actor) => addReportingUnit(actor, RACE, { name: "South", precinctsTotal: 8 })],
  ["updateReportingUnit", (actor) => updateReportingUnit(actor, RACE, "north", { precinctsTotal: 12 })],
];

test.each(COMMANDS)("staff get 403 from %s, and nothing is written", async (_name, command) => {
  const dump = databaseDump(database.url);
  const error = await refusal(command(staff));
  expect([error.status, error.code, error.message]).toEqual([403, "forbidden", "Your role does not allow you to set up elections and races."]);
  expect(databaseDump(database.url)).toEqual(dump);
});

test.each(COMMANDS)("anonymous callers get 401 from %s, and nothing is written", async (_name, command) => {
  const dump = databaseDump(database.url);
  const error = await refusal(command(null));
  expect([error.status, error.code]).toEqual([401, "unauthenticated"]);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("an anonymous caller with an unreadable body learns only that they must sign in", async () => {
  const error = await refusal(createElection(null, new UnreadableBody(malformed("The request body is not valid JSON."))));
  expect(error.status).toBe(401);
});

test.each(COMMANDS)("an editor may run %s with the same input", async (_name, command) => {
  await expect(command(editor)).resolves.toBeDefined();
});

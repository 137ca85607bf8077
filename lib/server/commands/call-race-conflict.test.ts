// A call decided against a count that then moved (a tally landed between the guard's read and the
// write) must not stand: the guard's verdict was about numbers that are gone.
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { refusal } from "@/lib/testing/refusal";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
// The race moves right after the guard has read it, before the call is written.
vi.doMock("@/lib/server/queries/race-for-call", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/queries/race-for-call")>();
  return {
    ...original,
    raceForCall: async (slug: string) => {
      const read = await original.raceForCall(slug);
      await database.client.race.update({ where: { slug }, data: { version: { increment: 1 } } });
      return read;
    },
  };
});
const { callRace } = await import("./call-race");

const editor: Actor = { userId: "e", name: "Erin Editor", email: "e@example.org", role: "editor", via: "session" };

beforeAll(() => loadDemoElections(database.client, [demoCounty]));
afterAll(() => database.remove());

test("a call against a count that moved is a 409 and writes no call", async () => {
  const callsBefore = await database.client.raceCall.count();
  const error = await refusal(callRace(editor, "demo-county-sheriff", { status: "too_close" }));
  expect([error.status, error.code]).toEqual([409, "call_conflict"]);
  expect(await database.client.raceCall.count()).toBe(callsBefore);
  expect(await database.client.auditEvent.count({ where: { action: "race.called" } })).toBe(0);
  // Its alert was in the same batch, behind the same guard: nothing to deliver.
  expect(await database.client.outboxEvent.count()).toBe(0);
});

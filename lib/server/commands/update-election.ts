import "server-only";
// `PATCH /api/v1/elections/{slug}`: name, date, jurisdiction, whether it holds test data, and whether
// its close calls wait for a second editor (lib/domain/second-editor.ts). The
// slug stays: it is the election's public address, already linked and cached. Marking it as test
// data pulls its published stories in the same batch (race-store/test-data-marking.ts).
import { electionEditSchema } from "@/lib/domain/election-setup";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { auditData } from "@/lib/server/audit";
import { electionDay } from "@/lib/server/commands/create-election";
import { fieldChanges } from "@/lib/server/commands/election-setup-changes";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { getElection, type ElectionWithRaces } from "@/lib/server/queries/elections";
import { testDataMarkingStatements } from "@/lib/server/race-store/test-data-marking";
import { runPrismaBatch, sqlTimestamp } from "@/lib/server/sql-dialect";

/** The election as an edit leaves it: its public JSON, and the desk setting the edit may have changed. */
export type EditedElection = ElectionWithRaces & { closeCallsNeedSecondEditor: boolean };

export async function updateElection(actor: Actor | null, slug: string, rawInput: unknown): Promise<EditedElection> {
  const who = authorize(actor, "election:setup");
  const input = parseSetupInput(electionEditSchema, rawInput);
  const election = await db.election.findUnique({ where: { slug }, select: { id: true, name: true, date: true, jurisdiction: true, isTest: true, closeCallsNeedSecondEditor: true } });
  if (!election) throw notFound(`Election "${slug}"`);

  const current = { name: election.name, date: election.date.toISOString().slice(0, 10), jurisdiction: election.jurisdiction, isTest: election.isTest, closeCallsNeedSecondEditor: election.closeCallsNeedSecondEditor };
  const changes = fieldChanges(current, input);
  if (changes) {
    const { isTest, date, ...names } = input;
    const marking = isTest !== undefined && isTest !== election.isTest;
    // Named in the alerts of the stories a marking pulls.
    const races = marking && isTest ? await db.race.findMany({ where: { electionId: election.id }, select: { id: true, slug: true, office: true, seat: true } }) : [];
    await runPrismaBatch<unknown>(() => [
      ...(marking ? testDataMarkingStatements({ electionId: election.id, isTest, at: sqlTimestamp(new Date()), actor: who, electionSlug: slug, races }) : []),
      db.election.update({ where: { id: election.id }, data: { ...names, ...(date !== undefined && { date: electionDay(date) }) } }),
      db.auditEvent.create({
        data: auditData({ action: "election.updated", actor: who, subjectType: "Election", subjectId: election.id, detail: { slug, ...changes, via: who.via } }),
      }),
    ]);
  }
  invalidateEverything();
  return { ...(await getElection(slug))!, closeCallsNeedSecondEditor: input.closeCallsNeedSecondEditor ?? election.closeCallsNeedSecondEditor };
}

import "server-only";
// `PATCH /api/v1/elections/{slug}`: name, date and jurisdiction. The slug stays: it is the
// election's public address, already linked and cached.
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

export async function updateElection(actor: Actor | null, slug: string, rawInput: unknown): Promise<ElectionWithRaces> {
  const who = authorize(actor, "election:setup");
  const input = parseSetupInput(electionEditSchema, rawInput);
  const election = await db.election.findUnique({ where: { slug }, select: { id: true, name: true, date: true, jurisdiction: true } });
  if (!election) throw notFound(`Election "${slug}"`);

  const current = { name: election.name, date: election.date.toISOString().slice(0, 10), jurisdiction: election.jurisdiction };
  const changes = fieldChanges(current, input);
  if (changes) {
    await db.$transaction([
      db.election.update({
        where: { id: election.id },
        data: { ...input, ...(input.date !== undefined && { date: electionDay(input.date) }) },
      }),
      db.auditEvent.create({
        data: auditData({ action: "election.updated", actor: who, subjectType: "Election", subjectId: election.id, detail: { slug, ...changes, via: who.via } }),
      }),
    ]);
  }
  invalidateEverything();
  return (await getElection(slug))!;
}

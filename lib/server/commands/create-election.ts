import "server-only";
// `POST /api/v1/elections` and the desk's "New election": the date and jurisdiction every race of
// the night hangs from.
import { randomUUID } from "node:crypto";
import { electionSlug, newElectionSchema } from "@/lib/domain/election-setup";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { auditData } from "@/lib/server/audit";
import { slugTaken, unlessSlugTaken } from "@/lib/server/commands/election-setup-conflicts";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { db } from "@/lib/server/db";
import { getElection, type ElectionWithRaces } from "@/lib/server/queries/elections";

/** Election dates are calendar days; midnight UTC keeps "2017-11-07" that day in every reader's zone. */
export const electionDay = (date: string) => new Date(`${date}T00:00:00.000Z`);

export async function createElection(actor: Actor | null, rawInput: unknown): Promise<ElectionWithRaces> {
  const who = authorize(actor, "election:setup");
  const input = parseSetupInput(newElectionSchema, rawInput);
  const slug = input.slug ?? electionSlug(input);
  const holder = await db.election.findUnique({ where: { slug }, select: { name: true } });
  if (holder) throw slugTaken(slug, `the election "${holder.name}"`);

  const id = randomUUID();
  await unlessSlugTaken(
    db.$transaction([
      db.election.create({ data: { id, slug, name: input.name, date: electionDay(input.date), jurisdiction: input.jurisdiction } }),
      db.auditEvent.create({
        data: auditData({ action: "election.created", actor: who, subjectType: "Election", subjectId: id, detail: { slug, ...input, via: who.via } }),
      }),
    ]),
    () => slugTaken(slug, "another election"),
  );
  invalidateEverything();
  return (await getElection(slug))!;
}

import "server-only";
// `POST /api/v1/races/{slug}/candidates` and `POST /api/v1/races/{slug}/candidates/{candidateSlug}/withdraw`,
// and the race set-up page: editors add a candidate to a race after set-up, or withdraw one.
//
// A candidate whose address already exists is that person: the race adds a candidacy to their
// profile (as a new race does). They start at 0 in every unit, so each unit's count names them.
// A withdrawal is a mark on the candidacy, never a deletion: their votes and history stay, readers
// see them listed last as "Withdrawn", and the call guard refuses any call that names them. Both
// are audited on the race, and move the race's version, since readers see the change.
import { randomUUID } from "node:crypto";
import { newRaceCandidateSchema, withdrawCandidateSchema } from "@/lib/domain/race-candidates";
import type { RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { auditData } from "@/lib/server/audit";
import { slugTaken, unlessSlugTaken } from "@/lib/server/commands/election-setup-conflicts";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { db } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { getRaceResult } from "@/lib/server/queries/races";

async function raceFor(raceSlug: string) {
  const race = await db.race.findUnique({
    where: { slug: raceSlug },
    select: {
      id: true,
      units: { select: { id: true } },
      candidacies: { orderBy: { ballotOrder: "desc" }, select: { id: true, ballotOrder: true, withdrawnAt: true, candidate: { select: { slug: true, name: true } } } },
    },
  });
  if (!race) throw notFound(`Race "${raceSlug}"`);
  return race;
}

export async function addRaceCandidate(actor: Actor | null, raceSlug: string, rawInput: unknown): Promise<RaceResult> {
  const who = authorize(actor, "election:setup");
  const input = parseSetupInput(newRaceCandidateSchema, rawInput);
  const race = await raceFor(raceSlug);
  const already = race.candidacies.find((c) => c.candidate.slug === input.slug);
  if (already) throw slugTaken(input.slug, `${already.candidate.name}, already a candidate in this race`);
  const returning = await db.candidate.findUnique({ where: { slug: input.slug }, select: { id: true, name: true } });

  const candidacyId = randomUUID();
  await unlessSlugTaken(
    db.$transaction([
      db.candidacy.create({
        data: {
          id: candidacyId,
          race: { connect: { id: race.id } },
          ballotOrder: (race.candidacies[0]?.ballotOrder ?? -1) + 1,
          incumbent: input.incumbent,
          writeIn: input.writeIn,
          // A returning candidate's profile is theirs to edit on its own page, not overwritten here.
          candidate: { connectOrCreate: { where: { slug: input.slug }, create: { slug: input.slug, name: input.name, party: input.party } } },
          // 0 in every unit, so each unit's count (and the race JSON's units) names the new candidate.
          tallies: { create: race.units.map((u) => ({ unit: { connect: { id: u.id } }, votes: 0 })) },
        },
        select: { id: true },
      }),
      db.race.update({ where: { id: race.id }, data: { version: { increment: 1 } }, select: { id: true } }),
      db.auditEvent.create({
        data: auditData({
          action: "candidacy.added",
          actor: who,
          subjectType: "Race",
          subjectId: race.id,
          detail: { race: raceSlug, candidate: input.slug, name: returning?.name ?? input.name, returning: returning !== null, incumbent: input.incumbent, via: who.via },
        }),
      }),
    ]),
    () => slugTaken(input.slug, "a candidate added to this race at the same moment"),
  );
  invalidateEverything();
  return (await getRaceResult(raceSlug))!;
}

export async function withdrawCandidate(actor: Actor | null, raceSlug: string, candidateSlug: string, rawInput: unknown): Promise<RaceResult> {
  const who = authorize(actor, "election:setup");
  const input = parseSetupInput(withdrawCandidateSchema, rawInput);
  const race = await raceFor(raceSlug);
  const candidacy = race.candidacies.find((c) => c.candidate.slug === candidateSlug);
  if (!candidacy) throw notFound(`Candidate "${candidateSlug}" of this race`);
  if (candidacy.withdrawnAt) throw invalid({ candidate: "has already withdrawn" }, `${candidacy.candidate.name} has already withdrawn from this race.`);

  await db.$transaction([
    // Only if still running: of two editors withdrawing at once, the first one's time and note stand.
    db.candidacy.updateMany({ where: { id: candidacy.id, withdrawnAt: null }, data: { withdrawnAt: new Date(), withdrawnNote: input.note ?? null } }),
    db.race.update({ where: { id: race.id }, data: { version: { increment: 1 } }, select: { id: true } }),
    db.auditEvent.create({
      data: auditData({
        action: "candidacy.withdrawn",
        actor: who,
        subjectType: "Race",
        subjectId: race.id,
        detail: { race: raceSlug, candidate: candidateSlug, name: candidacy.candidate.name, note: input.note ?? null, via: who.via },
      }),
    }),
  ]);
  invalidateEverything();
  return (await getRaceResult(raceSlug))!;
}

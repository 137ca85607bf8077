import "server-only";
// `POST /api/v1/elections/{slug}/races` and the election desk's "New race": the race, its
// candidacies and its reporting units in one batch, so a refused race leaves nothing behind.
// A candidate is a person across the years: one whose address already exists gets another
// candidacy on the same profile, never a second profile. Candidates whose names look alike are
// created only once the caller acknowledges `look_alike_names`.
import { randomUUID } from "node:crypto";
import { newRaceSchema, raceSlug, type NewRace } from "@/lib/domain/election-setup";
import { lookAlikePairs } from "@/lib/domain/look-alike-names";
import type { RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { auditData } from "@/lib/server/audit";
import { slugTaken, unlessSlugTaken } from "@/lib/server/commands/election-setup-conflicts";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { unlessLookAlikesAcknowledged, type LookAlike } from "@/lib/server/commands/look-alike-check";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { getRaceResult } from "@/lib/server/queries/races";

async function raceHolding(slug: string): Promise<string | null> {
  const race = await db.race.findUnique({ where: { slug }, select: { office: true, seat: true, election: { select: { name: true } } } });
  return race && `the race "${race.office}, ${race.seat}" (${race.election.name})`;
}

/** The race's candidates whose names look alike as readers will see them: a returning candidate by their profile's name. */
function raceLookAlikes(candidates: NewRace["candidates"], returning: { slug: string; name: string }[]): LookAlike[] {
  const profileName = new Map(returning.map((c) => [c.slug, c.name]));
  const rows = candidates.map((c, index) => ({ index, name: profileName.get(c.slug) ?? c.name }));
  return lookAlikePairs(rows).map(([first, second]) => ({
    names: [first.name, second.name],
    message: `Candidates ${first.index + 1} and ${second.index + 1} ("${first.name}" and "${second.name}") have names that look alike.`,
    field: `candidates.${second.index}.name`,
    fieldMessage: `looks like candidate ${first.index + 1}, "${first.name}"`,
  }));
}

export async function createRace(actor: Actor | null, electionSlug: string, rawInput: unknown): Promise<RaceResult> {
  const who = authorize(actor, "election:setup");
  const input = parseSetupInput(newRaceSchema, rawInput);
  const election = await db.election.findUnique({
    where: { slug: electionSlug },
    select: { id: true, slug: true, races: { orderBy: { sortOrder: "desc" }, take: 1, select: { sortOrder: true } } },
  });
  if (!election) throw notFound(`Election "${electionSlug}"`);

  const slug = input.slug ?? raceSlug(election.slug, input);
  const [holder, returning] = await Promise.all([
    raceHolding(slug),
    db.candidate.findMany({ where: { slug: { in: input.candidates.map((c) => c.slug) } }, select: { slug: true, name: true } }),
  ]);
  if (holder) throw slugTaken(slug, holder);
  const lookAlikeNames = unlessLookAlikesAcknowledged(raceLookAlikes(input.candidates, returning), input.acknowledge);

  const id = randomUUID();
  await unlessSlugTaken(
    db.$transaction([
      db.race.create({
        data: {
          id,
          slug,
          electionId: election.id,
          office: input.office,
          seat: input.seat,
          ruleKind: input.rule.kind,
          thresholdPct: input.rule.kind === "majority" ? input.rule.thresholdPct : null,
          seats: input.seats,
          recountMarginPct: input.recountMarginPct,
          featured: input.featured,
          sortOrder: (election.races[0]?.sortOrder ?? -1) + 1,
          candidacies: {
            create: input.candidates.map((c, ballotOrder) => ({
              ballotOrder,
              incumbent: c.incumbent,
              writeIn: c.writeIn,
              // The profile of a returning candidate is theirs to edit on its own page, not overwritten here.
              candidate: { connectOrCreate: { where: { slug: c.slug }, create: { slug: c.slug, name: c.name, party: c.party } } },
            })),
          },
          units: {
            create: input.units.map((u, position) => ({ slug: u.slug, name: u.name, kind: u.kind, precinctsTotal: u.precinctsTotal, fips: u.fips ?? null, position })),
          },
        },
        select: { id: true },
      }),
      db.auditEvent.create({
        data: auditData({
          action: "race.created",
          actor: who,
          subjectType: "Race",
          subjectId: id,
          detail: {
            slug,
            election: election.slug,
            office: input.office,
            seat: input.seat,
            rule: input.rule,
            seats: input.seats,
            recountMarginPct: input.recountMarginPct,
            candidates: input.candidates.map((c) => c.slug),
            returningCandidates: returning.map((c) => c.slug),
            ...(lookAlikeNames.length > 0 && { lookAlikeNamesConfirmed: lookAlikeNames }),
            units: input.units.map((u) => ({ slug: u.slug, precinctsTotal: u.precinctsTotal })),
            via: who.via,
          },
        }),
      }),
    ]),
    () => slugTaken(slug, "another race"),
  );
  invalidateEverything();
  return (await getRaceResult(slug))!;
}

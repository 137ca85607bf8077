import "server-only";
// `POST /api/v1/races/{slug}/units` and the race set-up page: one more county or precinct where
// votes are counted for a race. It starts with nothing reporting and no votes.
import { randomUUID } from "node:crypto";
import { newReportingUnitSchema } from "@/lib/domain/election-setup";
import type { RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { auditData } from "@/lib/server/audit";
import { slugTaken, unlessSlugTaken } from "@/lib/server/commands/election-setup-conflicts";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { getRaceResult } from "@/lib/server/queries/races";

export async function addReportingUnit(actor: Actor | null, raceSlug: string, rawInput: unknown): Promise<RaceResult> {
  const who = authorize(actor, "election:setup");
  const input = parseSetupInput(newReportingUnitSchema, rawInput);
  const race = await db.race.findUnique({
    where: { slug: raceSlug },
    select: { id: true, units: { orderBy: { position: "asc" }, select: { slug: true, name: true, position: true } } },
  });
  if (!race) throw notFound(`Race "${raceSlug}"`);
  const holder = race.units.find((u) => u.slug === input.slug);
  if (holder) throw slugTaken(input.slug, `the reporting unit "${holder.name}" of this race`);

  const id = randomUUID();
  const taken = () => slugTaken(input.slug, "another reporting unit of this race");
  await unlessSlugTaken(
    db.$transaction([
      db.reportingUnit.create({
        data: {
          id,
          raceId: race.id,
          slug: input.slug,
          name: input.name,
          kind: input.kind,
          precinctsTotal: input.precinctsTotal,
          fips: input.fips ?? null,
          position: Math.max(-1, ...race.units.map((u) => u.position)) + 1,
        },
        select: { id: true },
      }),
      // More precincts to count changes the share reporting readers see.
      db.race.update({ where: { id: race.id }, data: { version: { increment: 1 } }, select: { id: true } }),
      db.auditEvent.create({
        data: auditData({ action: "unit.added", actor: who, subjectType: "ReportingUnit", subjectId: id, detail: { race: raceSlug, ...input, via: who.via } }),
      }),
    ]),
    taken,
  );
  invalidateEverything();
  return (await getRaceResult(raceSlug))!;
}

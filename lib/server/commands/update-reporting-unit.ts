import "server-only";
// `PATCH /api/v1/races/{slug}/units/{unitSlug}` and the race set-up page: a unit's name, its
// precincts total and its county FIPS code (which the race map draws it by). The total can never drop below the precincts already reporting, and tallies are
// written concurrently on election night, so that rule is checked by the write itself, not only by
// the read before it.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { reportingUnitEditSchema } from "@/lib/domain/election-setup";
import type { RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { fieldChanges } from "@/lib/server/commands/election-setup-changes";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { db } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { getRaceResult } from "@/lib/server/queries/races";
import { asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";

async function loadUnit(raceSlug: string, unitSlug: string) {
  const unit = await db.reportingUnit.findFirst({
    where: { slug: unitSlug, race: { slug: raceSlug } },
    select: { id: true, raceId: true, name: true, precinctsTotal: true, precinctsReporting: true, fips: true },
  });
  if (unit) return unit;
  const race = await db.race.findUnique({ where: { slug: raceSlug }, select: { id: true } });
  throw notFound(race ? `Reporting unit "${unitSlug}" of this race` : `Race "${raceSlug}"`);
}

const belowReporting = (reporting: number) =>
  invalid({ precinctsTotal: `cannot be below the ${reporting.toLocaleString("en-US")} precincts already reporting` });

export async function updateReportingUnit(actor: Actor | null, raceSlug: string, unitSlug: string, rawInput: unknown): Promise<RaceResult> {
  const who = authorize(actor, "election:setup");
  const input = parseSetupInput(reportingUnitEditSchema, rawInput);
  const unit = await loadUnit(raceSlug, unitSlug);
  const changes = fieldChanges({ name: unit.name, precinctsTotal: unit.precinctsTotal, fips: unit.fips }, input);
  if (!changes) return (await getRaceResult(raceSlug))!;
  const total = input.precinctsTotal ?? unit.precinctsTotal;
  if (total < unit.precinctsReporting) throw belowReporting(unit.precinctsReporting);

  // Every statement holds only while the unit's reporting count still fits the new total. A new
  // total also bumps the unit's version, so a tally write checked against the old total is turned
  // back as a version conflict instead of landing above the new one.
  const fits = Prisma.sql`EXISTS (SELECT 1 FROM "ReportingUnit" WHERE "id" = ${unit.id} AND "precinctsReporting" <= ${total})`;
  const at = sqlTimestamp(new Date());
  const detail = JSON.stringify({ race: raceSlug, unit: unitSlug, ...changes, via: who.via });
  const [updated] = await db.$transaction([
    db.reportingUnit.updateMany({
      where: { id: unit.id, precinctsReporting: { lte: total } },
      data: { name: input.name, precinctsTotal: input.precinctsTotal, fips: input.fips, ...("precinctsTotal" in changes.after && { version: { increment: 1 } }) },
    }),
    db.$executeRaw`UPDATE "Race" SET "version" = "version" + 1, "updatedAt" = ${at} WHERE "id" = ${unit.raceId} AND ${fits}`,
    db.$executeRaw`INSERT INTO "AuditEvent" ("id", "action", "actorId", "actorLabel", "subjectType", "subjectId", "detail", "createdAt")
      SELECT ${randomUUID()}, 'unit.updated', ${who.userId}, ${who.name}, 'ReportingUnit', ${unit.id}, ${detail}, ${asTimestamp(at)} WHERE ${fits}`,
  ]);
  if (updated.count === 0) throw belowReporting((await loadUnit(raceSlug, unitSlug)).precinctsReporting);
  invalidateEverything();
  return (await getRaceResult(raceSlug))!;
}

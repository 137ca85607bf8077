import "server-only";
// `PATCH /api/v1/races/{slug}` and the race set-up page: office, seat, rule, seats, recount band,
// whether the race leads the home page, and whether a feed's own call may call it (through the call
// guard: lib/server/commands/follow-source-calls.ts). The slug stays, since readers and embeds link to it.
import { raceEditSchema } from "@/lib/domain/election-setup";
import type { RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { auditData } from "@/lib/server/audit";
import { fieldChanges } from "@/lib/server/commands/election-setup-changes";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { db } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { getRaceResult } from "@/lib/server/queries/races";

const STANDING_CALLS = new Set(["called", "runoff"]);

export async function updateRace(actor: Actor | null, slug: string, rawInput: unknown): Promise<RaceResult> {
  const who = authorize(actor, "election:setup");
  const input = parseSetupInput(raceEditSchema, rawInput);
  const race = await db.race.findUnique({
    where: { slug },
    select: {
      id: true,
      office: true,
      seat: true,
      ruleKind: true,
      thresholdPct: true,
      seats: true,
      recountMarginPct: true,
      featured: true,
      acceptSourceCalls: true,
      calls: { orderBy: { seq: "desc" }, take: 1, select: { status: true } },
    },
  });
  if (!race) throw notFound(`Race "${slug}"`);

  const current = {
    office: race.office,
    seat: race.seat,
    rule: race.ruleKind === "majority" ? { kind: "majority", thresholdPct: race.thresholdPct ?? 50 } : { kind: "plurality" },
    seats: race.seats,
    recountMarginPct: race.recountMarginPct,
    featured: race.featured,
    acceptSourceCalls: race.acceptSourceCalls,
  };
  const changes = fieldChanges(current, input);
  if (!changes) return (await getRaceResult(slug))!;

  // A standing call names as many winners as there are seats, or a runoff a plurality race cannot
  // have: changing either under it would leave a call the count no longer supports.
  if (STANDING_CALLS.has(race.calls[0]?.status ?? "uncalled")) {
    const fields: Record<string, string> = {};
    if ("seats" in changes.after) fields.seats = "cannot change while the race is called; retract the call first";
    if (input.rule && input.rule.kind !== race.ruleKind) fields["rule.kind"] = "cannot change while the race is called; retract the call first";
    if (Object.keys(fields).length > 0) throw invalid(fields);
  }

  await db.$transaction([
    db.race.update({
      where: { id: race.id },
      data: {
        office: input.office,
        seat: input.seat,
        ...(input.rule && { ruleKind: input.rule.kind, thresholdPct: input.rule.kind === "majority" ? input.rule.thresholdPct : null }),
        seats: input.seats,
        recountMarginPct: input.recountMarginPct,
        featured: input.featured,
        acceptSourceCalls: input.acceptSourceCalls,
        version: { increment: 1 },
      },
    }),
    db.auditEvent.create({
      data: auditData({ action: "race.updated", actor: who, subjectType: "Race", subjectId: race.id, detail: { slug, ...changes, via: who.via } }),
    }),
  ]);
  invalidateEverything();
  return (await getRaceResult(slug))!;
}

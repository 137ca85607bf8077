import "server-only";
// Reads for the newsroom desk: every race of every election, newest election first, and the
// elections themselves (those without races yet too).
import { buildRaceResult, type RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";
import { readRaceRowsByIds } from "@/lib/server/race-store/read-races";

export async function listDeskRaces(actor: Actor | null): Promise<RaceResult[]> {
  authorize(actor, "desk:read");
  const order = await db.race.findMany({
    orderBy: [{ election: { date: "desc" } }, { sortOrder: "asc" }, { slug: "asc" }],
    select: { id: true },
  });
  return (await readRaceRowsByIds(order.map((r) => r.id))).map(buildRaceResult);
}

export async function listDeskElections(actor: Actor | null): Promise<{ slug: string; name: string }[]> {
  authorize(actor, "desk:read");
  return db.election.findMany({ orderBy: [{ date: "desc" }, { slug: "asc" }], select: { slug: true, name: true } });
}

import "server-only";
// Reads for the newsroom desk: every race of every election, newest election first.
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

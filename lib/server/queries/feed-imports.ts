import "server-only";
// What the desk's feed import page shows of its election, for those who may import into it.
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

export interface FeedImportElection {
  slug: string;
  name: string;
  date: string;
  isTest: boolean;
  races: number;
}

export async function getFeedImportElection(actor: Actor | null, slug: string): Promise<FeedImportElection | null> {
  authorize(actor, "tally:import");
  const election = await db.election.findUnique({
    where: { slug },
    select: { slug: true, name: true, date: true, isTest: true, _count: { select: { races: true } } },
  });
  if (!election) return null;
  const { _count, date, ...rest } = election;
  return { ...rest, date: date.toISOString().slice(0, 10), races: _count.races };
}

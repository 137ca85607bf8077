import "server-only";
// What the desk's election and candidate set-up pages start from. The data is the readers' own
// (an election's races, a candidate's profile), but these pages are for editors, so the read
// checks the actor itself, like every desk read.
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";
import { getCandidateProfile, type CandidateProfile } from "@/lib/server/queries/candidates";
import { getElection, type ElectionWithRaces } from "@/lib/server/queries/elections";

/** The election as readers see it, with the desk's own settings beside it. */
export interface ElectionSetup extends ElectionWithRaces {
  closeCallsNeedSecondEditor: boolean;
}

export async function getElectionSetup(actor: Actor | null, slug: string): Promise<ElectionSetup | null> {
  authorize(actor, "election:setup");
  const [election, settings] = await Promise.all([getElection(slug), db.election.findUnique({ where: { slug }, select: { closeCallsNeedSecondEditor: true } })]);
  return election && settings && { ...election, ...settings };
}

export async function getCandidateSetup(actor: Actor | null, slug: string): Promise<CandidateProfile | null> {
  authorize(actor, "election:setup");
  return getCandidateProfile(slug);
}

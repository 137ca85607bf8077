import "server-only";
// Reader read of a candidate's profile and every race they ran in, with their result in each.
import { buildRaceResult, type RaceCandidateResult, type RaceResult } from "@/lib/domain/race-result";
import { db } from "@/lib/server/db";
import { readRacesByIds } from "@/lib/server/race-store/read-races";

export interface CandidateRun {
  race: RaceResult;
  result: RaceCandidateResult;
  incumbent: boolean;
}

export interface CandidateProfile {
  slug: string;
  name: string;
  party: string | null;
  bio: string | null;
  photoUrl: string | null;
  links: { label: string; url: string }[];
  runs: CandidateRun[];
}

export async function getCandidateProfile(slug: string): Promise<CandidateProfile | null> {
  const candidate = await db.candidate.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      party: true,
      bio: true,
      photoUrl: true,
      links: { orderBy: { position: "asc" }, select: { label: true, url: true } },
      candidacies: { select: { incumbent: true, raceId: true } },
    },
  });
  if (!candidate) return null;

  const races = new Map((await readRacesByIds(candidate.candidacies.map((c) => c.raceId))).map((race) => [race.id, race.rows]));
  const runs = candidate.candidacies
    .map(({ incumbent, raceId }) => {
      const result = buildRaceResult(races.get(raceId)!);
      const line = result.candidates.find((c) => c.slug === candidate.slug)!;
      return { race: result, result: line, incumbent };
    })
    .sort((a, b) => b.race.election.date.localeCompare(a.race.election.date));

  return {
    slug: candidate.slug,
    name: candidate.name,
    party: candidate.party,
    bio: candidate.bio,
    photoUrl: candidate.photoUrl,
    links: candidate.links,
    runs,
  };
}

import "server-only";
// `PATCH /api/v1/candidates/{slug}` and the candidate desk page: the profile readers see in every
// race the candidate ran in (name, party, bio, photo by address, links). Links are replaced as a
// list, in the order given. A new name that looks like another candidate's in one of their races
// is saved only once the caller acknowledges `look_alike_names`.
import { candidateProfileSchema } from "@/lib/domain/election-setup";
import { looksAlike } from "@/lib/domain/look-alike-names";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { auditData } from "@/lib/server/audit";
import { fieldChanges } from "@/lib/server/commands/election-setup-changes";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { unlessLookAlikesAcknowledged, type LookAlike } from "@/lib/server/commands/look-alike-check";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";

export interface CandidateProfileRecord {
  slug: string;
  name: string;
  party: string | null;
  bio: string | null;
  photoUrl: string | null;
  links: { label: string; url: string }[];
}

const profileSelect = {
  id: true,
  slug: true,
  name: true,
  party: true,
  bio: true,
  photoUrl: true,
  links: { orderBy: { position: "asc" }, select: { label: true, url: true } },
} as const;

async function loadProfile(slug: string) {
  const candidate = await db.candidate.findUnique({ where: { slug }, select: profileSelect });
  if (!candidate) throw notFound(`Candidate "${slug}"`);
  const { id, ...profile } = candidate;
  return { id, profile: profile satisfies CandidateProfileRecord };
}

/** Candidates sharing a race with this one whose names look like `name`. */
async function lookAlikeRivals(candidateId: string, name: string): Promise<LookAlike[]> {
  const rivals = await db.candidacy.findMany({
    where: { candidateId: { not: candidateId }, race: { candidacies: { some: { candidateId } } } },
    select: { candidate: { select: { name: true } }, race: { select: { office: true, seat: true, election: { select: { name: true } } } } },
  });
  return rivals
    .filter((rival) => looksAlike(name, rival.candidate.name))
    .map(({ candidate, race }) => ({
      names: [candidate.name, name],
      message: `"${name}" looks like "${candidate.name}", who also runs in ${race.office}, ${race.seat} (${race.election.name}).`,
      field: "name",
      fieldMessage: `looks like "${candidate.name}" in ${race.office}, ${race.seat}`,
    }));
}

export async function updateCandidate(actor: Actor | null, slug: string, rawInput: unknown): Promise<CandidateProfileRecord> {
  const who = authorize(actor, "election:setup");
  const { acknowledge = [], ...input } = parseSetupInput(candidateProfileSchema, rawInput);
  const { id, profile } = await loadProfile(slug);
  const changes = fieldChanges({ ...profile }, input);
  if (!changes) return profile;
  const newName = input.name !== undefined && input.name !== profile.name ? input.name : null;
  const lookAlikeNames = newName === null ? [] : unlessLookAlikesAcknowledged(await lookAlikeRivals(id, newName), acknowledge);

  await db.$transaction([
    db.candidate.update({
      where: { id },
      data: {
        name: input.name,
        party: input.party,
        bio: input.bio,
        photoUrl: input.photoUrl,
        ...(input.links && { links: { deleteMany: {}, create: input.links.map((link, position) => ({ ...link, position })) } }),
      },
    }),
    db.auditEvent.create({
      data: auditData({ action: "candidate.updated", actor: who, subjectType: "Candidate", subjectId: id, detail: { slug, ...changes, ...(lookAlikeNames.length > 0 && { lookAlikeNamesConfirmed: lookAlikeNames }), via: who.via } }),
    }),
  ]);
  invalidateEverything();
  return (await loadProfile(slug)).profile;
}

// What the candidate set-up routes answer, as zod schemas for the OpenAPI document. The profile's
// type is CandidateProfileRecord (lib/server/commands/update-candidate.ts).
import { z } from "zod";

export const candidateProfileRecordSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  party: z.string().nullable(),
  bio: z.string().nullable(),
  photoUrl: z.string().nullable(),
  links: z.array(z.strictObject({ label: z.string(), url: z.string() })),
});

export const candidatePhotoSetSchema = z.strictObject({
  photoUrl: z.string().describe("The photo's address, versioned by its content, so it may be cached for good."),
});

// Candidates on a race after set-up: one added (a new person, or a profile that already exists,
// found by its address), or one withdrawn. A withdrawal keeps the candidacy and its votes: readers
// see the candidate listed last, marked "Withdrawn", with the votes they got, and no call may name
// them (the call guard's `withdrawn_candidate`). Input schemas for the commands and the OpenAPI
// document.
import { z } from "zod";
import { nameText } from "./name-text";
import { slugify } from "./slug";
import { newCandidacySchema } from "./election-setup";

const NO_ADDRESS = "has no letters or digits to make an address from: send a slug";

export const newRaceCandidateSchema = newCandidacySchema
  .superRefine((c, ctx) => {
    if (!c.slug && slugify(c.name) === "") ctx.addIssue({ code: "custom", path: ["name"], message: NO_ADDRESS });
  })
  .transform((c) => ({ ...c, party: c.party ?? null, slug: c.slug ?? slugify(c.name) }));

export type NewRaceCandidate = z.infer<typeof newRaceCandidateSchema>;

export const withdrawCandidateSchema = z
  .object({
    note: nameText(500).optional().describe('Why, as the desk will read it in the race\'s history ("Withdrew on October 30; still on the ballot").'),
  })
  .strict();

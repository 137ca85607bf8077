// A drafted story: tied to one race and to the outcome it expects (DESIGN.md section 4).
import { z } from "zod";
import { storyExpectationSchema } from "./publication-gate";

export const STORY_STATUSES = ["draft", "published", "pulled"] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export const newStorySchema = z
  .object({
    raceSlug: z.string().min(1).max(200),
    headline: z.string().trim().min(1, "is required").max(200),
    body: z.string().trim().min(1, "is required").max(20_000),
    expects: storyExpectationSchema,
  })
  .strict();

export const storyEditSchema = newStorySchema.omit({ raceSlug: true }).partial().strict();

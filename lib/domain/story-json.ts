// A story as `GET /api/v1/stories/{id}` and the story commands answer it, as a zod schema for the
// OpenAPI document. The type is StoryRecord (lib/server/commands/stories.ts).
import { z } from "zod";
import { storyExpectationSchema } from "./publication-gate";
import { STORY_STATUSES } from "./story-input";

const timestamp = z.iso.datetime({ offset: true });

export const storySchema = z.strictObject({
  id: z.string(),
  slug: z.string().describe("The story's reader address: /stories/{slug}, once published."),
  status: z.enum(STORY_STATUSES),
  headline: z.string(),
  body: z.string(),
  raceSlug: z.string(),
  expects: storyExpectationSchema,
  publishedAt: timestamp.nullable(),
  pulledAt: timestamp.nullable(),
  pulledReason: z.string().nullable(),
});

// The input that releases a held feed count (`POST /api/v1/races/{slug}/units/{unitSlug}/release-hold`):
// the feed's count replaces the desk's, and the unit follows the feed again.
import { z } from "zod";

export const releaseFeedHoldInputSchema = z
  .object({
    version: z.number().int().min(0).describe("The unit's version as the caller last saw it: the feed's count is applied only if nobody saved the unit since."),
  })
  .strict();

export type ReleaseFeedHoldInput = z.infer<typeof releaseFeedHoldInputSchema>;


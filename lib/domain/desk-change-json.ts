// The desk change stream's event data as the API document describes it (desk-changes.ts is the rule).
import { z } from "zod";
import type { DeskChange } from "./desk-changes";

export const deskChangeSchema = z.strictObject({
  races: z.array(z.string()).describe("Slugs of the races whose count, call or stories changed."),
  elections: z.array(z.string()).describe("Slugs of the elections whose race list changed."),
  stories: z.boolean().describe("A story was published, changed or withdrawn."),
  everything: z.boolean().describe("Set-up changed (names, races, units): anything may have."),
}) satisfies z.ZodType<DeskChange>;

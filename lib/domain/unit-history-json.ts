// The unit history's JSON (`GET /api/v1/races/{slug}/units/{unitSlug}/history`) and the undo's input
// (`POST …/undo`), as zod schemas for the OpenAPI document and the command. Server-side only: the
// desk's client components take the types from unit-history.ts, which has no zod.
import { z } from "zod";

export const undoUnitSaveInputSchema = z
  .object({
    expectedVersion: z
      .number()
      .int()
      .min(0)
      .describe("The unit's version as the caller last saw it: the undo reverts the save that made this version, and is refused if anyone saved since."),
  })
  .strict();

export type UndoUnitSaveInput = z.infer<typeof undoUnitSaveInputSchema>;

const fromTo = z.object({ before: z.int().nullable(), after: z.int().nullable() });

export const unitSaveSchema = z.object({
  batchId: z.string().describe("The write's id, as the audit log and the count history name it."),
  at: z.iso.datetime(),
  by: z.string().describe("Who saved: a person, an API key's owner, or the feed."),
  kind: z.enum(["hand", "csv", "feed", "seed", "correction", "undo"]),
  label: z.string().describe('"Desk entry", "CSV import", "Feed", "Desk correction", "Undo of Sam Staff\'s save at 11:42 PM"…'),
  version: z.int().nullable().describe("The unit's version after the save, when recorded."),
  votes: z.array(z.object({ candidate: z.string(), name: z.string(), before: z.int(), after: z.int() })).describe("Each candidate whose count moved, in ballot order."),
  precinctsReporting: fromTo.nullable().describe("Null when the save did not record precincts before (a CSV file, a feed snapshot, a save before history was kept)."),
  ballotsCast: fromTo.nullable(),
  note: z.string().nullable(),
  undoes: z.object({ batchId: z.string(), by: z.string(), at: z.iso.datetime() }).nullable().describe("The save an undo reverted."),
});

export const unitHistorySchema = z.object({
  unit: z.object({ slug: z.string(), name: z.string(), version: z.int() }),
  lastSave: unitSaveSchema.nullable().describe("The save an undo would revert now, or null when there is none."),
  saves: z.array(unitSaveSchema).describe("Newest first, at most 50."),
});

// What `POST /api/v1/import` answers, as a zod schema for the OpenAPI document. The types are
// ImportProblem and ImportReport, both in csv-tallies.ts.
import { z } from "zod";

export const importProblemSchema = z.strictObject({
  line: z.int().min(1),
  column: z.string().optional(),
  message: z.string(),
});

export const importReportSchema = z.strictObject({
  dryRun: z.boolean(),
  correction: z.boolean(),
  rows: z.int().min(0).describe("Data rows read (blank lines and the header are not rows)."),
  units: z.int().min(0).describe("Reporting units the file names."),
  changedUnits: z.int().min(0).describe("Units whose count differs from the desk's: written, or that would be in a dry run."),
  tallyChanges: z.int().min(0),
  problems: z.array(importProblemSchema).describe("In line order; at most 10,000 are listed."),
  problemCount: z.int().min(0),
  batchId: z.string().nullable().describe("The history batch of an applied import that changed something."),
});

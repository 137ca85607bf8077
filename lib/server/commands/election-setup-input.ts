import "server-only";
// The edge of the set-up commands. A body of the wrong shape (wrong types, unknown fields) is a
// malformed request, 400; a body of the right shape holding values a person typed wrong (a blank
// name, 60 seats, a candidate listed twice) is refused with 422 and the field each problem is on, so
// the desk can show it beside that field.
import type { z } from "zod";
import { invalid, malformedInput } from "@/lib/server/errors";
import { UnreadableBody } from "@/lib/server/request-body";

const SHAPE_CODES = new Set(["invalid_type", "unrecognized_keys", "invalid_union", "invalid_key", "invalid_element"]);

export function parseSetupInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  if (input instanceof UnreadableBody) throw input.error;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;

  const issues = parsed.error.issues.map((issue) => ({ code: issue.code, path: issue.path.join("."), message: issue.message }));
  if (issues.some((issue) => SHAPE_CODES.has(issue.code))) {
    throw malformedInput(issues.map(({ path, message }) => ({ path, message })));
  }
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path || "body"] ??= issue.message;
  throw invalid(fields);
}

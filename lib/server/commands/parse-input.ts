import "server-only";
// The edge of every command: parse untrusted input with its zod schema, or refuse it as malformed
// with every problem listed by path.
import type { z } from "zod";
import { malformedInput } from "@/lib/server/errors";
import { UnreadableBody } from "@/lib/server/request-body";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  if (input instanceof UnreadableBody) throw input.error;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  throw malformedInput(problems);
}

import "server-only";
// Candidates in one race whose names look alike (lib/domain/look-alike-names.ts) are saved only
// once the caller acknowledges it, as a call's warnings are: 422 `needs_acknowledgement` with the
// warning code `look_alike_names`, each pair named, and the field each one is on for the desk form.
import { LOOK_ALIKE_NAMES } from "@/lib/domain/setup-warnings";
import { CommandError } from "@/lib/server/errors";

export interface LookAlike {
  /** The two names as readers would see them, the earlier one first. */
  names: [string, string];
  /** A sentence about the pair, for the message. */
  message: string;
  /** The input field the later name came from, and what to show beside it. */
  field: string;
  fieldMessage: string;
}

/** Refuses look-alike names unless `look_alike_names` is acknowledged; returns the pairs saved. */
export function unlessLookAlikesAcknowledged(found: readonly LookAlike[], acknowledge: readonly string[]): [string, string][] {
  const pairs = found.map((lookAlike) => lookAlike.names);
  if (found.length === 0 || acknowledge.includes(LOOK_ALIKE_NAMES)) return pairs;
  const fields: Record<string, string> = {};
  for (const lookAlike of found) fields[lookAlike.field] ??= lookAlike.fieldMessage;
  throw new CommandError(
    "needs_acknowledgement",
    `${found.map((lookAlike) => lookAlike.message).join(" ")} Check the spelling; if they really are different people, confirm it and save again.`,
    { warnings: [{ code: LOOK_ALIKE_NAMES, message: "Candidates in one race have names that look alike.", pairs }], fields },
  );
}

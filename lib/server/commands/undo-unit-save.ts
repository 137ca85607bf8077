import "server-only";
// `POST /api/v1/races/{slug}/units/{unitSlug}/undo` and the race desk's "Undo last save": the unit's
// last save is reverted as a new save, never by editing history. Each candidate it moved goes back
// to its count before, and precincts and ballots too where the save recorded them. It is written
// through the same guarded write as a desk save (tallyWrite), so it is version-checked, audited (as
// "tally.undone", naming the save it reverts), announced to the outbox and dropped from the caches
// like any save. The caller names the version it saw: the undo reverts exactly the save that made
// that version, and is refused when anyone saved since.
//
// An undo is the desk's decision, so the unit counts as entered by hand afterwards: a feed's next
// count for it is held beside it rather than applied over the revert.
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/domain/time-words";
import { undoCounts, undoLabel, type UnitSave } from "@/lib/domain/unit-history";
import { undoUnitSaveInputSchema } from "@/lib/domain/unit-history-json";
import { checkUnitTally } from "@/lib/domain/unit-tally";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { parseInput } from "@/lib/server/commands/parse-input";
import { countWrite, currentUnit, loadUnit, tallyWrite, versionConflict, writtenAnswer, type UnitTallyWritten } from "@/lib/server/commands/write-unit-tally";
import { env } from "@/lib/server/env";
import { CommandError, invalid } from "@/lib/server/errors";
import { findUnit, readUnitSaves } from "@/lib/server/queries/unit-history";
import { runGuardedWrite } from "@/lib/server/race-store/guarded-write";

const nothingToUndo = (unitName: string, why: string) => new CommandError("nothing_to_undo", `Nothing to undo for ${unitName}: ${why}.`, {});

export async function undoLastUnitSave(actor: Actor | null, raceSlug: string, unitSlug: string, rawInput: unknown): Promise<UnitTallyWritten & { reverted: UnitSave }> {
  const who = authorize(actor, "tally:write");
  const input = parseInput(undoUnitSaveInputSchema, rawInput);
  const { race, unitId, snapshot } = await loadUnit(raceSlug, unitSlug);
  if (input.expectedVersion !== snapshot.version) throw versionConflict(snapshot);

  const { lastBatchId } = await findUnit(raceSlug, unitSlug);
  if (!lastBatchId) throw nothingToUndo(snapshot.name, "it has not been saved");
  const last = (await readUnitSaves(unitId, new Date(), 5)).find((save) => save.batchId === lastBatchId);
  if (!last) throw nothingToUndo(snapshot.name, "its last save left no history to revert");

  const counts = undoCounts(last, snapshot);
  const lowers = Object.entries(counts.votes).some(([slug, n]) => n < (snapshot.votes[slug] ?? 0)) || counts.precinctsReporting < snapshot.precinctsReporting;
  // Going back may lower counts: that is the point of an undo, so it is always allowed, and marked a correction when it does.
  const verdict = checkUnitTally({ ...snapshot, seats: race.rows.seats }, { version: snapshot.version, ...counts, correction: true });
  if (!verdict.ok) {
    const why = Object.entries(verdict.fields).map(([field, problem]) => `${field} ${problem}`).join("; ");
    throw invalid(verdict.fields, `${last.by}'s save of ${snapshot.name} cannot be undone: ${why}.`);
  }
  if (!verdict.changed) throw nothingToUndo(snapshot.name, "its numbers are already what they were before the last save");

  const at = new Date();
  const reverts = { batchId: last.batchId, by: last.by, at: last.at };
  const { won } = await runGuardedWrite(() =>
    tallyWrite({
      ...countWrite({ race, unitId }, snapshot.version, verdict, at),
      correction: lowers,
      note: undoLabel(last.by, formatDateTime(last.at, env.DISPLAY_TIME_ZONE)),
      source: "manual",
      actor: who,
      before: snapshot,
      // The version says nobody saved since; the stamp says the save reverted is still the unit's last.
      requires: Prisma.sql`"lastBatchId" = ${lastBatchId}`,
      audit: { action: "tally.undone", detail: { reverts } },
    }),
  );
  if (!won) throw versionConflict(await currentUnit(raceSlug, unitSlug));
  return { ...writtenAnswer(race, snapshot, verdict, at), reverted: last };
}

import "server-only";
// The one shape of every write to a race's count, call or stories: a batch transaction of raw
// statements (no interactive transaction: they fail under concurrency on SQLite, prisma/orm#29870),
//
//   1. the race's row locked, when asked (on PostgreSQL a call and a publication take turns);
//   2. the guard: the single statement that decides whether this write wins, by claiming rows only
//      if they still have the versions the command checked (its row count is the answer);
//   3. the command's own statements, each written to run only while the guard's claim holds;
//   4. the version bump of every race the write changed, while the claim holds;
//   5. the audit row, while the claim holds;
//   6. the alerts the write causes, into the outbox (webhooks/outbox.ts), while the claim holds: so an
//      alert is sent if and only if its change was made, however the process fares afterwards;
//
// and, once the batch has committed with the claim won, the reader caches of what changed are
// dropped. A write that loses leaves no trace. Each command says only what is its own.
import { Prisma } from "@/lib/generated/prisma/client";
import { auditStatement, type AuditEntry } from "@/lib/server/audit";
import { invalidateRaces, invalidateSearch, invalidateStories } from "@/lib/server/cache/tags";
import { lockRace, runBatch } from "@/lib/server/sql-dialect";
import { outboxStatement, type OutboxEntry } from "@/lib/server/webhooks/outbox";

export interface GuardedWrite {
  /** Lock this race's row before the guard. */
  lockRaceId?: string;
  guard: Prisma.Sql;
  /** SQL that is true while the guard's claim stands: the stamp it left, or the row it inserted. */
  holds: Prisma.Sql;
  /** The command's own statements, each with `holds` in its WHERE; built after the guard. */
  statements?: (holds: Prisma.Sql) => Prisma.Sql[];
  /** Races whose count or call this write changes: their versions move. */
  changedRaceIds?: readonly string[];
  audit: AuditEntry;
  /** Alerts for the webhooks' outbox. */
  outbox?: readonly OutboxEntry[];
  /** The write's time, as sqlTimestamp gives it: stamped on the races and the audit row. */
  at: string;
  /** What readers see that this write changes, dropped from the caches once it has won. */
  invalidates?: {
    races?: readonly { slug: string; electionSlug: string }[];
    stories?: readonly { slug: string; raceSlug: string }[];
    /** The write created races or candidates: the reader search's index of names is stale. */
    search?: boolean;
  };
}

export interface GuardedWriteResult {
  /** Whether the guard claimed anything: false means another write got there first. */
  won: boolean;
}

export async function runGuardedWrite(build: () => GuardedWrite): Promise<GuardedWriteResult> {
  let write!: GuardedWrite;
  const results = await runBatch(() => {
    // A batch that PostgreSQL aborted is built again: fresh ids, the same guard.
    write = build();
    const { lockRaceId, guard, holds, statements, changedRaceIds = [], audit, outbox = [], at } = write;
    const own = statements?.(holds) ?? [];
    return [
      ...(lockRaceId ? [lockRace(lockRaceId)] : []),
      guard,
      ...own,
      ...(changedRaceIds.length > 0
        ? [Prisma.sql`UPDATE "Race" SET "version" = "version" + 1, "updatedAt" = ${at} WHERE "id" IN (${Prisma.join(changedRaceIds)}) AND ${holds}`]
        : []),
      auditStatement(audit, at, holds),
      ...(outbox.length > 0 ? [outboxStatement(outbox, at, holds)] : []),
    ];
  });
  const guardAt = write.lockRaceId ? 1 : 0;
  const won = results[guardAt]! > 0;
  if (won) {
    const { races = [], stories = [], search = false } = write.invalidates ?? {};
    if (races.length > 0) invalidateRaces(races);
    if (stories.length > 0) invalidateStories(stories);
    if (search) invalidateSearch();
  }
  return { won };
}

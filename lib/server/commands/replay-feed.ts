import "server-only";
// `npm run feed -- replay`: a recorded night played again into a test election, snapshot by snapshot,
// through the same import as the live feed, with the recorded spacing divided by a speed factor. It
// is how the desk rehearses, and how an end-to-end test walks through a whole night. A replay only
// ever writes into an election marked as test data (FiveThirtyEight's loader refused production too).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gunzipSync } from "node:zlib";
import type { FeedImportReport } from "@/lib/domain/feeds/feed-import";
import { guessFeedFormat } from "@/lib/domain/feeds/feed-format";
import type { FeedFormat } from "@/lib/domain/feeds/feed-snapshot";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { importFeedSnapshot } from "@/lib/server/commands/import-feed";
import { db } from "@/lib/server/db";
import { CommandError, invalid, notFound } from "@/lib/server/errors";

export interface RecordedSnapshot {
  /** The snapshot's name, for progress lines: its id or file name. */
  name: string;
  format: FeedFormat;
  /** When it arrived on the recorded night (ms); spacing comes from the differences. */
  at: number;
  read: () => Promise<Uint8Array>;
}

/** The snapshots an election received that changed something, in the order they arrived. */
export async function recordedSnapshots(electionSlug: string): Promise<RecordedSnapshot[]> {
  const election = await db.election.findUnique({ where: { slug: electionSlug }, select: { id: true } });
  if (!election) throw notFound(`The election ${JSON.stringify(electionSlug)}`);
  const rows = await db.feedSnapshot.findMany({
    where: { electionId: election.id, status: "applied" },
    orderBy: { receivedAt: "asc" },
    select: { id: true, format: true, receivedAt: true },
  });
  return rows.map((row) => ({
    name: row.id,
    format: row.format as FeedFormat,
    at: row.receivedAt.getTime(),
    read: async () => {
      const { bytes } = await db.feedSnapshot.findUniqueOrThrow({ where: { id: row.id }, select: { bytes: true } });
      return new Uint8Array(gunzipSync(bytes));
    },
  }));
}

/** A folder of snapshot files named in time order, `intervalSeconds` apart. */
export async function snapshotFiles(dir: string, format: FeedFormat | undefined, intervalSeconds: number): Promise<RecordedSnapshot[]> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
  if (names.length === 0) throw invalid({ from: "holds no snapshot files" }, `${dir} holds no snapshot files.`);
  return names.map((name, index) => {
    const guessed = format ?? guessFeedFormat(name);
    if (!guessed) throw invalid({ format: "cannot be told from the file name" }, `Cannot tell the format of ${name} from its name; pass --format.`);
    return { name, format: guessed, at: index * intervalSeconds * 1000, read: async () => new Uint8Array(await readFile(join(dir, name))) };
  });
}

export interface ReplayStep {
  name: string;
  report: FeedImportReport | null;
  error: CommandError | null;
}

/** Plays snapshots into a test election; yields what each did. A refused snapshot does not stop the night. */
export async function* replaySnapshots(actor: Actor | null, intoSlug: string, snapshots: readonly RecordedSnapshot[], speed: number): AsyncGenerator<ReplayStep> {
  const who = authorize(actor, "election:setup");
  if (!(speed > 0)) throw invalid({ speed: "must be a number more than 0" }, "The speed must be a number more than 0 (60 plays an hour in a minute).");
  const into = await db.election.findUnique({ where: { slug: intoSlug }, select: { isTest: true } });
  if (!into) throw notFound(`The election ${JSON.stringify(intoSlug)}`);
  if (!into.isTest) {
    throw invalid({ into: "is not marked as test data" }, `${intoSlug} is not marked as test data: a replay only writes into a test election (mark it on its set-up page).`);
  }
  let previous: number | null = null;
  for (const snapshot of snapshots) {
    if (previous !== null) await sleep(Math.max(0, (snapshot.at - previous) / speed));
    previous = snapshot.at;
    try {
      const report = await importFeedSnapshot(who, intoSlug, await snapshot.read(), { format: snapshot.format, create: true }, { origin: "replay" });
      yield { name: snapshot.name, report, error: null };
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      yield { name: snapshot.name, report: null, error };
    }
  }
}

import "server-only";
// Cache invalidation across app instances. Each instance keeps its reader cache in memory, so an
// invalidation made here must reach the others: it is written to the CacheInvalidation table (in
// small batches, every FLUSH_MS), and every instance reads the rows the others wrote and
// invalidates those tags in its own cache (which also moves its event streams, lib/server/events).
//
// When it reads them depends on the database. On PostgreSQL the row is announced by NOTIFY in the
// statement that writes it, and each instance reads the journal as soon as it hears one, and after
// each reconnection of its listener (journal-listener.ts): a write reaches every instance within
// FLUSH_MS plus a round trip. On SQLite (one machine: one process, or a few sharing the file) there
// is no notification, so each instance reads the journal every SYNC_MS.
import { randomUUID } from "node:crypto";
import { databaseProvider } from "@/lib/server/database-url";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { INVALIDATION_CHANNEL, listenForInvalidations } from "./journal-listener";
import { HANDLES } from "./contract.cjs";
import { invalidateTags } from "./tag-clock.cjs";

const FLUSH_MS = 25;
const SYNC_MS = env.CACHE_SYNC_INTERVAL_MS;
/** Rows are kept this long: any instance that is running reads them well before. */
const KEEP_MS = 10 * 60_000;
/**
 * Ids are handed out before their rows commit, so a row can appear behind one already read. Each
 * read looks this many ids back and applies the rows it has not applied yet.
 */
const LOOKBACK_IDS = 200;

/**
 * This process, so that it skips the rows it wrote itself. Kept on globalThis: Next bundles this
 * module into several of its layers (route handlers, pages, instrumentation), each with its own
 * copy, and a copy that took another's rows for another instance's would invalidate every change
 * a second time, a second later, dropping pages rendered since.
 */
const ORIGIN: string = ((globalThis as unknown as Record<symbol, string | undefined>)[HANDLES.journalOrigin] ??= randomUUID());

let pending = new Set<string>();
let flushTimer: NodeJS.Timeout | null = null;

/** Queues tags for the other instances; this instance has already invalidated them. */
export function shareInvalidation(tags: Iterable<string>): void {
  for (const tag of tags) pending.add(tag);
  flushTimer ??= setTimeout(flush, FLUSH_MS).unref();
}

async function flush(): Promise<void> {
  flushTimer = null;
  if (pending.size === 0) return;
  const tags = [...pending];
  pending = new Set();
  try {
    if (onPostgres()) {
      // The notification goes out when the row commits, with it: a listener never hears of a row it cannot read.
      await db.$executeRaw`WITH "row" AS (INSERT INTO "CacheInvalidation" ("origin", "tags") VALUES (${ORIGIN}, ${tags.join("\n")}) RETURNING "id")
        SELECT pg_notify(${INVALIDATION_CHANNEL}, ${ORIGIN}) FROM "row"`;
    } else {
      await db.cacheInvalidation.create({ data: { origin: ORIGIN, tags: tags.join("\n") } });
    }
  } catch (error) {
    // The write itself has committed; other instances catch up when their cached pages expire.
    console.error("Could not share a cache invalidation with other instances:", error);
  }
}

/** Writes queued invalidations now: a command-line process calls it before it exits. */
export async function flushSharedInvalidations(): Promise<void> {
  if (flushTimer) clearTimeout(flushTimer);
  await flush();
}

interface Follower {
  lastId: number;
  applied: Set<number>;
  lastPrune: number;
}

/** Reads the other instances' invalidations since the last call and applies them here. */
export async function applySharedInvalidations(follower: Follower): Promise<number> {
  const rows = await db.cacheInvalidation.findMany({
    where: { id: { gt: follower.lastId - LOOKBACK_IDS }, origin: { not: ORIGIN } },
    orderBy: { id: "asc" },
    select: { id: true, tags: true },
  });
  const fresh = rows.filter((row) => !follower.applied.has(row.id));
  if (fresh.length > 0) invalidateTags(fresh.flatMap((row) => row.tags.split("\n")));
  for (const row of fresh) follower.applied.add(row.id);
  follower.lastId = Math.max(follower.lastId, ...rows.map((row) => row.id));
  for (const id of follower.applied) if (id <= follower.lastId - LOOKBACK_IDS) follower.applied.delete(id);

  if (Date.now() - follower.lastPrune > KEEP_MS / 10) {
    follower.lastPrune = Date.now();
    await db.cacheInvalidation.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
  }
  return fresh.length;
}

const onPostgres = () => databaseProvider(env.DATABASE_URL) === "postgresql";

/**
 * Reads the journal whenever asked, one read at a time: news that arrives during a read makes one
 * more read when it ends, however much arrived.
 */
function journalReader(follower: Follower): () => Promise<void> {
  let reading: Promise<void> | null = null;
  let again = false;
  const read = (): Promise<void> => {
    if (reading) {
      again = true;
      return reading;
    }
    again = false;
    reading = applySharedInvalidations(follower)
      .then(() => undefined)
      .catch((error: unknown) => console.error("Could not read other instances' cache invalidations:", error))
      .finally(() => {
        reading = null;
        if (again) void read();
      });
    return reading;
  };
  return read;
}

/** Starts following the other instances' invalidations; called once when the server starts. */
export async function followSharedInvalidations(): Promise<Follower> {
  const newest = await db.cacheInvalidation.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  const follower: Follower = { lastId: newest?.id ?? 0, applied: new Set(), lastPrune: 0 };
  const read = journalReader(follower);
  if (onPostgres()) {
    listenForInvalidations(env.DATABASE_URL, ORIGIN, () => void read());
  } else {
    const tick = () => void read().finally(() => setTimeout(tick, SYNC_MS).unref());
    setTimeout(tick, SYNC_MS).unref();
  }
  return follower;
}

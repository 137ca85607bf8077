import "server-only";
// Cache invalidation across app instances. Each instance keeps its reader cache in memory, so an
// invalidation made here must reach the others: it is written to the CacheInvalidation table (in
// small batches, every FLUSH_MS), and every instance reads the rows the others wrote every
// SYNC_MS and invalidates those tags in its own cache. A change written through one instance
// therefore shows on every other one within about FLUSH_MS + SYNC_MS, plus a render.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { invalidateTags } from "./tag-clock.cjs";

const FLUSH_MS = 100;
const SYNC_MS = env.CACHE_SYNC_INTERVAL_MS;
/** Rows are kept this long: any instance that is running reads them well before. */
const KEEP_MS = 10 * 60_000;
/**
 * Ids are handed out before their rows commit, so a row can appear behind one already read. Each
 * read looks this many ids back and applies the rows it has not applied yet.
 */
const LOOKBACK_IDS = 200;

/** This process, so that it skips the rows it wrote itself. */
const ORIGIN = randomUUID();

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
    await db.cacheInvalidation.create({ data: { origin: ORIGIN, tags: tags.join("\n") } });
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

/** Starts following the other instances' invalidations; called once when the server starts. */
export async function followSharedInvalidations(): Promise<Follower> {
  const newest = await db.cacheInvalidation.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  const follower: Follower = { lastId: newest?.id ?? 0, applied: new Set(), lastPrune: 0 };
  const tick = () =>
    applySharedInvalidations(follower)
      .catch((error: unknown) => console.error("Could not read other instances' cache invalidations:", error))
      .finally(() => setTimeout(tick, SYNC_MS).unref());
  setTimeout(tick, SYNC_MS).unref();
  return follower;
}

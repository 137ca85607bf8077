import "server-only";
// The reader side's data cache: each read is kept under a key with the tags of what it was built
// from (see tags.ts), and is served until a command invalidates one of those tags. Concurrent
// misses on one key share a single database read, so a spike of readers after a write costs one
// query, not one per reader.
import { invalidatedSince, now } from "./tag-clock.cjs";
import { HANDLES } from "./contract.cjs";

/** Enough for every race, election and candidate of a large statewide night several times over. */
const MAX_ENTRIES = 5_000;
/** A value is read again after this long even if no invalidation reached this instance. */
const MAX_AGE_MS = 60_000;

interface Entry<T> {
  value: T;
  tags: readonly string[];
  /** When the read that produced the value began: a later invalidation makes it stale. */
  readAt: number;
}

interface PendingRead<T> {
  promise: Promise<T>;
  startedAt: number;
  tags: readonly string[];
}

interface CacheState {
  entries: Map<string, Entry<unknown>>;
  pending: Map<string, PendingRead<unknown>>;
}

const globalForCache = globalThis as unknown as { resultsDeskReadCache?: CacheState };
const state: CacheState = (globalForCache.resultsDeskReadCache ??= {
  entries: new Map(),
  pending: new Map(),
});

export interface CachedRead<T> {
  key: string;
  /** Tags known before reading (the thing asked for), so a read in flight can be invalidated too. */
  tags: readonly string[];
  load: () => Promise<T>;
  /** Tags that only the value can tell, such as the races a candidate ran in. */
  tagsOf?: (value: T) => readonly string[];
}

const isFresh = (entry: Entry<unknown>) => !invalidatedSince(entry.tags, entry.readAt) && now() - entry.readAt < MAX_AGE_MS;

/** The cached value for `key`, reading it (once, however many callers ask at the same moment) when missing or invalidated. */
export async function cachedRead<T>({ key, tags, load, tagsOf }: CachedRead<T>): Promise<T> {
  const entry = state.entries.get(key) as Entry<T> | undefined;
  if (entry && isFresh(entry)) {
    // Re-inserting keeps the map in least-recently-used order for eviction.
    state.entries.delete(key);
    state.entries.set(key, entry);
    return entry.value;
  }
  if (entry) state.entries.delete(key);

  const inFlight = state.pending.get(key) as PendingRead<T> | undefined;
  if (inFlight && !invalidatedSince(inFlight.tags, inFlight.startedAt)) return inFlight.promise;

  const startedAt = now();
  const read: PendingRead<T> = { startedAt, tags, promise: load() };
  state.pending.set(key, read);
  try {
    const value = await read.promise;
    const allTags = tagsOf ? [...tags, ...tagsOf(value)] : tags;
    // A value read while one of its tags was invalidated is returned to this caller but not kept.
    if (!invalidatedSince(allTags, startedAt)) remember(key, { value, tags: allTags, readAt: startedAt });
    return value;
  } finally {
    if (state.pending.get(key) === read) state.pending.delete(key);
  }
}

function remember(key: string, entry: Entry<unknown>) {
  state.entries.set(key, entry);
  if (state.entries.size > MAX_ENTRIES) {
    const oldest = state.entries.keys().next().value;
    if (oldest !== undefined) state.entries.delete(oldest);
  }
}

/**
 * The cached value for `key` if there is a fresh one, without reading anything: the front door
 * (server.ts) answers from it before a request reaches Next. Registered on globalThis because the
 * front door runs outside Next's bundles.
 */
export function peekCachedRead(key: string): { value: unknown } | undefined {
  const entry = state.entries.get(key);
  if (!entry || !isFresh(entry)) return undefined;
  return { value: entry.value };
}

(globalThis as unknown as Record<symbol, unknown>)[HANDLES.readCache] = { peek: peekCachedRead };

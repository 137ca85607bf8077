import "server-only";
// On PostgreSQL, invalidations travel by LISTEN/NOTIFY: each journal row is announced on a channel
// in the statement that writes it (journal.ts), and every instance keeps one connection listening.
// A notification makes the instance read the journal at once, so another instance's write reaches
// its caches and event streams in milliseconds rather than at the next poll. The journal stays as
// the catch-up record: whenever the listening connection is (re)established, the instance reads
// what it missed while it was not listening, then waits for the next notification. Nothing polls.
import pg from "pg";

export const INVALIDATION_CHANNEL = "results_desk_invalidation";

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 10_000;

export interface JournalListener {
  stop(): Promise<void>;
}

/**
 * Listens on the channel until stopped. `onNews` runs for every notification from another
 * instance (`origin` is this one's, whose own rows need no reading) and once after every
 * (re)connection, to catch up.
 */
export function listenForInvalidations(databaseUrl: string, origin: string, onNews: () => void): JournalListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | null = null;

  const reconnectSoon = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, retryMs).unref();
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  async function connect() {
    const fresh = new pg.Client({ connectionString: databaseUrl, keepAlive: true, application_name: "results-desk invalidations" });
    let lost = false;
    const lose = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (client === fresh) client = null;
      if (!stopped) console.error("Cache invalidations: the listening connection dropped; reconnecting.", error?.message ?? "");
      void fresh.end().catch(() => {});
      reconnectSoon();
    };
    fresh.on("error", lose);
    fresh.on("end", () => lose());
    fresh.on("notification", (message) => {
      if (message.payload !== origin) onNews();
    });
    try {
      await fresh.connect();
      await fresh.query(`LISTEN ${INVALIDATION_CHANNEL}`);
    } catch (error) {
      lose(error as Error);
      return;
    }
    if (stopped) return void fresh.end().catch(() => {});
    client = fresh;
    retryMs = FIRST_RETRY_MS;
    // Listening now: whatever was written before this point is read from the journal.
    onNews();
  }

  void connect();
  return {
    async stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      await client?.end().catch(() => {});
      client = null;
    },
  };
}

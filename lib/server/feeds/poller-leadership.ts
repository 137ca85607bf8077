import "server-only";
// Which instance polls (and which sends webhooks: the same election, under another lock). Each source must be polled by one instance only (AP counts every request
// against the newsroom's quota), so the instances elect a leader. On PostgreSQL the leader is the one
// holding a session advisory lock on a connection of its own: when its process dies, or its
// connection does, PostgreSQL releases the lock and another instance's next try takes it. On SQLite
// there is one server process, and it leads.
import pg from "pg";

export interface Leadership {
  /** Whether this instance leads now; tries to become leader when it does not (at most every retryMs). */
  lead(): Promise<boolean>;
  /** Steps down: releases the lock and closes the connection. */
  release(): Promise<void>;
}

/** The one process of a SQLite deployment. */
export const soleInstance: Leadership = {
  lead: async () => true,
  release: async () => {},
};

/** Any constant, other than the migrations' (727_252): every instance asks for the same lock. */
export const FEED_POLLER_LOCK = 727_301;

/**
 * Leadership through `pg_try_advisory_lock` on a dedicated connection (not the Prisma pool's, whose
 * connections come and go). While leading, each call checks the connection with a round trip, so
 * a leader whose connection died stops polling at once rather than alongside its successor.
 */
export function advisoryLockLeadership(
  databaseUrl: string,
  { retryMs = 5_000, lock = FEED_POLLER_LOCK, name = "feed poller" }: { retryMs?: number; lock?: number; name?: string } = {},
): Leadership {
  const who = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  let client: pg.Client | null = null;
  let leading = false;
  let nextTry = 0;

  const drop = async () => {
    const old = client;
    client = null;
    leading = false;
    await old?.end().catch(() => {});
  };

  return {
    async lead() {
      if (leading && client) {
        try {
          await client.query("SELECT 1");
          return true;
        } catch (error) {
          console.error(`${who}: lost the database connection that held its lock; it stops here.`, error);
          await drop();
        }
      }
      if (Date.now() < nextTry) return false;
      nextTry = Date.now() + retryMs;
      try {
        if (!client) {
          const fresh = new pg.Client({ connectionString: databaseUrl, keepAlive: true, application_name: `results-desk ${name}` });
          // A broken connection is noticed on the next round trip; without a listener its error would crash the process.
          fresh.on("error", () => void (leading = false));
          await fresh.connect();
          client = fresh;
        }
        const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [lock]);
        leading = rows[0]?.locked === true;
        // A follower keeps no connection open while it waits.
        if (!leading) await drop();
        return leading;
      } catch (error) {
        console.error(`${who}: could not ask for its lock:`, error);
        await drop();
        return false;
      }
    },
    async release() {
      if (leading && client) await client.query("SELECT pg_advisory_unlock($1)", [lock]).catch(() => {});
      await drop();
    },
  };
}

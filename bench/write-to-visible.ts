// How long a reader waits to see a new count. Pollers fetch the race JSON with If-None-Match, one
// poll interval after each answer, as the live race page does, starting at random moments within
// one interval. Meanwhile a writer saves a few counts, some seconds apart. A sample is the time
// from a write's 200 to the first answer a poller gets that carries the write (or a later one).
import { setMaxListeners } from "node:events";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import type { RaceResult } from "@/lib/domain/race-result";
import { nextTallyBody, recordAnswer, unitVersionIn, type UnitWriter } from "./unit-writer";

export interface VisibleSettings {
  pollers: number;
  pollIntervalMs: number;
  writes: number;
  writeGapMs: number;
}

export interface VisibleFigures {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Poller × write pairs where the poller never saw the write before the scenario ended. */
  unseen: number;
  pollErrors: number;
}

interface Sighting {
  version: number;
  at: number;
}

/**
 * The live pages' poll interval. It is declared in a client module, which imports React hooks and
 * so cannot be loaded under the react-server condition the benchmark runs with: read from source.
 */
export function appPollIntervalMs(): number {
  const match = readFileSync("components/live/live-data.ts", "utf8").match(/POLL_INTERVAL_MS = ([\d_]+);/);
  if (!match) throw new Error("POLL_INTERVAL_MS was not found in components/live/live-data.ts.");
  return Number(match[1]!.replaceAll("_", ""));
}

/** The p-th percentile of ascending numbers (nearest rank); NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function measureWriteToVisible(origin: string, apiKey: string, writer: UnitWriter, settings: VisibleSettings): Promise<VisibleFigures> {
  const url = `${origin}/api/v1/races/${writer.raceSlug}`;
  // Ends every poller's wait at once; each waiting poller listens to it.
  const stopPolling = new AbortController();
  setMaxListeners(settings.pollers, stopPolling.signal);
  let pollErrors = 0;

  async function poll(): Promise<Sighting[]> {
    const sightings: Sighting[] = [];
    let etag: string | null = null;
    await sleep(Math.random() * settings.pollIntervalMs);
    while (!stopPolling.signal.aborted) {
      const response: Response | null = await fetch(url, { headers: etag ? { "if-none-match": etag } : {} }).catch(() => null);
      const at = performance.now();
      if (response?.status === 200) {
        etag = response.headers.get("etag");
        sightings.push({ version: unitVersionIn((await response.json()) as RaceResult, writer.unitSlug) ?? -1, at });
      } else if (response?.status !== 304) {
        pollErrors++;
        await response?.body?.cancel();
      }
      await sleep(settings.pollIntervalMs, undefined, { signal: stopPolling.signal }).catch(() => undefined);
    }
    return sightings;
  }

  const pollers = Array.from({ length: settings.pollers }, poll);
  // Every poller has made its first request and holds the current ETag before the first write.
  await sleep(settings.pollIntervalMs + 500);
  const writes: Sighting[] = [];
  for (let i = 0; i < settings.writes; i++) {
    const response = await fetch(origin + writer.path, {
      method: "PUT",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: nextTallyBody(writer),
    });
    const at = performance.now();
    recordAnswer(writer, response.status, await response.text());
    if (response.status !== 200) throw new Error(`A watched write to ${writer.path} was answered ${response.status}.`);
    writes.push({ version: writer.version, at });
    await sleep(settings.writeGapMs);
  }
  await sleep(settings.pollIntervalMs);
  stopPolling.abort();

  const latencies: number[] = [];
  let unseen = 0;
  for (const sightings of await Promise.all(pollers)) {
    for (const write of writes) {
      const seen = sightings.find((s) => s.version >= write.version);
      if (seen) latencies.push(Math.max(0, seen.at - write.at));
      else unseen++;
    }
  }
  latencies.sort((a, b) => a - b);
  return { samples: latencies.length, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), maxMs: latencies.at(-1) ?? NaN, unseen, pollErrors };
}

// The measurements of one run, in order, against a running server: the reads side by side (race
// page, race JSON with and without the current ETag, the static baseline), then tally writes, then
// how soon pollers see a write. Each starts once the server is idle again.
import type { PrismaClient } from "@/lib/server/prisma-client";
import type { AppServer } from "./app-server";
import { measureFeedImports } from "./feed-imports";
import { measureReads, type LoadSettings } from "./load";
import type { BenchOptions } from "./options";
import type { BenchFigures } from "./report";
import { waitUntilIdle } from "./server-process";
import { BASELINE_PATH } from "./static-baseline";
import type { SyntheticElection } from "./synthetic-election";
import { measureWrites } from "./tally-writes";
import { loadUnitWriters } from "./unit-writer";
import { appPollIntervalMs, measureWriteToVisible } from "./write-to-visible";

type Measured = Pick<BenchFigures, "racePage" | "notModified" | "raceJson" | "staticFile" | "writes" | "visible" | "pollIntervalMs" | "feeds">;

async function currentEtag(url: string): Promise<string> {
  const response = await fetch(url);
  await response.body?.cancel();
  const etag = response.headers.get("etag");
  if (response.status !== 200 || !etag) throw new Error(`${url} answered ${response.status} without an ETag.`);
  return etag;
}

export async function measureAll(
  db: PrismaClient,
  server: AppServer,
  keys: { writer: string; editor: string },
  election: SyntheticElection,
  options: BenchOptions,
): Promise<Measured> {
  const apiKey = keys.writer;
  const reads: LoadSettings = { connections: options.readConnections, seconds: options.seconds, warmupSeconds: options.warmupSeconds };
  const jsonPath = `/api/v1/races/${election.measuredRace}`;
  const next = async (what: string) => {
    await waitUntilIdle(server.pid);
    console.log(`Measuring ${what} …`);
  };

  await next("the race page");
  const racePage = await measureReads(server.origin, { path: `/races/${election.measuredRace}` }, reads);
  await next("the race JSON with the current ETag");
  const etag = await currentEtag(server.origin + jsonPath);
  const notModified = await measureReads(server.origin, { path: jsonPath, headers: { "if-none-match": etag }, expected: [304] }, reads);
  await next("the race JSON");
  const raceJson = await measureReads(server.origin, { path: jsonPath }, reads);
  await next("the static file");
  const staticFile = await measureReads(server.origin, { path: BASELINE_PATH }, reads);

  await next(`tally writes from ${options.writers} writers`);
  const writes = await measureWrites(db, server.origin, apiKey, await loadUnitWriters(db, options.writers), reads);

  const pollIntervalMs = appPollIntervalMs();
  await next(`write to visible with ${options.pollers} pollers`);
  const [watched] = await loadUnitWriters(db, 1, election.measuredRace);
  const visible = await measureWriteToVisible(server.origin, apiKey, watched!, {
    pollers: options.pollers,
    pollIntervalMs,
    writes: options.visibleWrites,
    writeGapMs: options.visibleWriteGapMs,
  });

  await next(`${options.feedSnapshots} feed snapshots`);
  const feeds = await measureFeedImports(server, keys.editor, options.dataset, options.feedSnapshots);
  return { racePage, notModified, raceJson, staticFile, writes, visible, pollIntervalMs, feeds };
}

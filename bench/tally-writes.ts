// Tally writes under load: one autocannon connection per writer, each writing its own reporting
// unit as fast as the server answers. Afterwards the database must hold exactly the acknowledged
// writes. A run stops with each connection's last write unanswered; such a write may or may not
// have landed, so it is allowed for, not counted as lost.
import autocannon from "autocannon";
import { setTimeout as sleep } from "node:timers/promises";
import type { PrismaClient } from "@/lib/server/prisma-client";
import { summarize, type LoadFigures, type LoadSettings } from "./load";
import { nextTallyBody, recordAnswer, type UnitWriter } from "./unit-writer";

export interface WriteFigures extends LoadFigures {
  writers: number;
  writesPerSecond: number;
  conflicts: number;
  acknowledged: number;
  /** Acknowledged writes (200) that the database does not hold. */
  lost: number;
  /** Version bumps that no write sent by the benchmark accounts for. */
  unexplained: number;
  /** Writes sent without an answer: cut off when a run stopped, or timed out. */
  unanswered: number;
}

async function runWriters(origin: string, apiKey: string, writers: UnitWriter[], seconds: number): Promise<autocannon.Result> {
  let next = 0;
  const headers = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };
  return autocannon({
    url: origin,
    connections: writers.length,
    duration: seconds,
    setupClient(client) {
      const writer = writers[next++]!;
      client.setRequests([
        {
          method: "PUT",
          path: writer.path,
          headers,
          setupRequest: (request) => ({ ...request, body: nextTallyBody(writer) }),
          onResponse: (status, body) => recordAnswer(writer, status, body),
        },
      ]);
    },
  });
}

/** Unit versions once the writes still in flight when a run stopped have settled (or 10 s). */
async function settledVersions(db: PrismaClient, writers: readonly UnitWriter[]): Promise<Map<string, number>> {
  const read = async () => {
    const units = await db.reportingUnit.findMany({ where: { id: { in: writers.map((w) => w.unitId) } }, select: { id: true, version: true } });
    return new Map(units.map((unit) => [unit.id, unit.version]));
  };
  let previous = await read();
  for (let attempt = 0; attempt < 20; attempt++) {
    await sleep(500);
    const current = await read();
    if (writers.every((w) => current.get(w.unitId) === previous.get(w.unitId))) break;
    previous = current;
  }
  return previous;
}

export async function measureWrites(db: PrismaClient, origin: string, apiKey: string, writers: UnitWriter[], settings: Omit<LoadSettings, "connections">): Promise<WriteFigures> {
  await runWriters(origin, apiKey, writers, settings.warmupSeconds);
  // Resume from the settled versions, so a warm-up write that landed unanswered is no conflict.
  const warmedUp = await settledVersions(db, writers);
  for (const writer of writers) writer.version = warmedUp.get(writer.unitId)!;
  const result = await runWriters(origin, apiKey, writers, settings.seconds);
  const figures = summarize(result, [409]);

  const versions = await settledVersions(db, writers);
  let lost = 0;
  let unexplained = 0;
  for (const writer of writers) {
    const increase = versions.get(writer.unitId)! - writer.startVersion;
    lost += Math.max(0, writer.accepted - increase);
    unexplained += Math.max(0, increase - writer.accepted - (writer.sent - writer.answered));
  }
  return {
    ...figures,
    writers: writers.length,
    writesPerSecond: (figures.statuses["200"] ?? 0) / result.duration,
    conflicts: figures.statuses["409"] ?? 0,
    acknowledged: writers.reduce((sum, w) => sum + w.accepted, 0),
    lost,
    unexplained,
    unanswered: writers.reduce((sum, w) => sum + w.sent - w.answered, 0),
  };
}

// The benchmark's report: a markdown page of the figures, the targets each is held to, and whether
// the run had failures (errors or lost writes), which make `npm run bench` exit non-zero.
import type { EventStreamFigures } from "./event-streams";
import type { LoadFigures } from "./load";
import type { FeedFigures } from "./feed-imports";
import type { BenchOptions } from "./options";
import type { SyntheticElection } from "./synthetic-election";
import type { WriteFigures } from "./tally-writes";
import type { VisibleFigures } from "./write-to-visible";

export interface BenchFigures {
  startedAt: Date;
  machine: string;
  election: SyntheticElection;
  racePageBytes: number;
  racePage: LoadFigures;
  notModified: LoadFigures;
  raceJson: LoadFigures;
  staticFile: LoadFigures;
  writes: WriteFigures;
  visible: VisibleFigures;
  pollIntervalMs: number;
  feeds: FeedFigures;
  /** Measured on a server of their own, after the others. */
  events: EventStreamFigures;
  peakRssBytes: number;
}

interface Target {
  name: string;
  figure: string;
  met: boolean;
  /** Why this target is missed when it is, from profiling this app, and what would close the gap. */
  whenMissed: string;
}

export const number = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const megabytes = (bytes: number) => `${number(bytes / 2 ** 20)} MB`;
const kilobytes = (bytes: number) => `${number(bytes / 1024, 1)} KB`;
const statuses = (figures: LoadFigures) => Object.entries(figures.statuses).map(([status, count]) => `${status} × ${number(count)}`).join(", ") || "none";

const toStatic = (figures: LoadFigures, f: BenchFigures) => figures.requestsPerSecond / f.staticFile.requestsPerSecond;

export function targets(f: BenchFigures): Target[] {
  const pageRatio = toStatic(f.racePage, f);
  const notModifiedRatio = toStatic(f.notModified, f);
  const visibleLimitMs = f.pollIntervalMs + 1000;
  return [
    {
      name: "Race page ≥ 0.5 × static file requests/s",
      figure: `${number(pageRatio, 2)} ×`,
      met: pageRatio >= 0.5,
      whenMissed: "A cached page served through Next's router costs about 2 ms of routing per request (0.2 × here without it); the front door in server.ts answers fresh pages before the router. Check that the server runs server.ts and that the page is cached (x-nextjs-cache: HIT).",
    },
    {
      name: "Race JSON 304 ≥ 0.8 × static file requests/s",
      figure: `${number(notModifiedRatio, 2)} ×`,
      met: notModifiedRatio >= 0.8,
      whenMissed: "As for the race page: through Next's route handlers a 304 costs about 1.5 ms (0.3 × without the front door).",
    },
    {
      name: "Writes ≥ 500/s, 0 errors, 0 lost",
      figure: `${number(f.writes.writesPerSecond)}/s, ${f.writes.errors} errors, ${f.writes.lost} lost`,
      met: f.writes.writesPerSecond >= 500 && f.writes.errors === 0 && f.writes.lost === 0,
      whenMissed:
        "One server thread is the limit. On 2026-11-30 an accepted write cost about 1.3 ms of it (749/s): the race read " +
        "through hot-reads.ts (0.2 ms), the guarded batch run directly on SQLite (runBatch, under 1 ms with its commit), " +
        "and the front door's request and answer. Check that the server runs on SQLite through server.ts (the front door " +
        "answers PUTs: X-Front-Door: write), and profile it with BENCH_CPU_PROFILE=1.",
    },
    {
      name: `Write to visible p95 ≤ ${number(visibleLimitMs)} ms (poll interval + 1 s)`,
      figure: `${number(f.visible.p95Ms)} ms, ${f.visible.unseen} unseen`,
      met: f.visible.p95Ms <= visibleLimitMs && f.visible.unseen === 0,
      whenMissed: "A write invalidates its race at once, so a poller sees it on its next poll; a miss means polls queued behind other work.",
    },
    {
      name: "Statewide AP snapshot (10% of units changed) applied ≤ 1 s p95",
      figure: `${number(f.feeds.p95Ms)} ms p95 (p50 ${number(f.feeds.p50Ms)} ms) over ${f.feeds.snapshots} snapshots`,
      met: f.feeds.p95Ms <= 1000 && f.feeds.errors.length === 0,
      whenMissed: "Each snapshot is parsed, planned against the election as read in five flat queries, and written in one batch; a miss means one of those grew with the election rather than with the change.",
    },
    {
      name: "Unchanged snapshot answered ≤ 100 ms",
      figure: `${number(f.feeds.unchangedMs)} ms`,
      met: f.feeds.unchangedMs <= 100,
      whenMissed: "The same bytes are recognised by their sha256 before parsing; the time is the upload itself and one indexed read.",
    },
    {
      name: "Races a snapshot does not change stay page-cache hits",
      figure: f.feeds.untouchedRaceStayedCached ? "yes" : "no",
      met: f.feeds.untouchedRaceStayedCached,
      whenMissed: "A snapshot invalidates only the races it changed; a miss means something invalidated everything (set-up changes do).",
    },
    {
      name: `Write to event received p95 ≤ 1 s and p99 ≤ 2 s, ${number(f.events.readers)} event streams`,
      figure: `p95 ${number(f.events.p95Ms)} ms, p99 ${number(f.events.p99Ms)} ms, ${f.events.unseen} unseen`,
      met: f.events.p95Ms <= 1000 && f.events.p99Ms <= 2000 && f.events.unseen === 0,
      whenMissed:
        "A change is read once and its one frame written to every stream, from the server's one thread: about 190 ms of its CPU per write at 10,000 streams, " +
        "most of it the kernel's send on each socket (12 to 16 µs a stream on loopback, from a CPU profile; writing a pre-chunked buffer straight to each " +
        "socket saved under a fifth of it in a bare Node test, so the hub is left as it is). The readers' processes take about 125 ms more per write on the " +
        "same two cores; other work on the machine (the load average above) delays both. A fan-out of this size needs about a third of a core per write per second.",
    },
    {
      name: "Event streams: none failed or dropped",
      figure: `${f.events.failed} failed, ${f.events.dropped} dropped of ${number(f.events.readers)}`,
      met: f.events.failed === 0 && f.events.dropped === 0,
      whenMissed: "A stream whose unsent bytes pass 1 MB is ended by the hub; a failed one was refused or never sent its first event (see the failures listed above).",
    },
    {
      name: `Server peak RSS ≤ 400 MB with ${number(f.events.readers)} event streams`,
      figure: megabytes(f.events.peakRssBytes),
      met: f.events.peakRssBytes <= 400 * 2 ** 20,
      whenMissed:
        "The server starts at 240 to 290 MB, and each stream adds about 9 KB: a heap snapshot at 2,000 streams shows 8 KB of JavaScript heap a " +
        "stream, nearly all Node's own HTTP objects (the socket, its parser, the request and the response, their bound listeners, and the response's " +
        "header string, which Node keeps as a 1.3 KB concatenated string); the hub's share is under 100 bytes. The fan-outs' garbage adds 25 to 55 MB " +
        "at peak. A larger night needs a larger heap cap or a second instance.",
    },
    {
      name: "Server peak RSS ≤ 400 MB",
      figure: megabytes(f.peakRssBytes),
      met: f.peakRssBytes <= 400 * 2 ** 20,
      whenMissed: "Without a heap cap V8 lets garbage build up under load (about 500 MB here); npm start caps the heap at 256 MB.",
    },
  ];
}

/** Errors of any scenario and lost or unexplained writes: the run failed, whatever the targets say. */
export function failures(f: BenchFigures): string[] {
  const errors = [f.racePage, f.notModified, f.raceJson, f.staticFile, f.writes].reduce((sum, figures) => sum + figures.errors, 0) + f.visible.pollErrors;
  return [
    ...f.feeds.errors,
    ...(errors > 0 ? [`${errors} requests failed`] : []),
    ...(f.writes.lost > 0 ? [`${f.writes.lost} acknowledged writes are not in the database`] : []),
    ...(f.writes.unexplained > 0 ? [`${f.writes.unexplained} unit versions were bumped by no write the benchmark sent`] : []),
    ...(f.events.failed > 0 ? [`${f.events.failed} event streams could not be opened (${f.events.failures.join("; ")})`] : []),
    ...(f.events.dropped > 0 ? [`${f.events.dropped} event streams were dropped`] : []),
    ...(f.events.unseen > 0 ? [`${f.events.unseen} events never reached their stream (reader × write)`] : []),
  ];
}

function loadRow(name: string, figures: LoadFigures, rate = figures.requestsPerSecond): string {
  return `| ${name} | ${number(rate)} | ${number(figures.p50Ms)} | ${number(figures.p99Ms)} | ${figures.errors} | ${statuses(figures)} |`;
}

/** The event-stream scenario's figures in words (also used by bench/two-instances.ts). */
export function eventStreamSentence(events: EventStreamFigures): string {
  const { settings } = events;
  return (
    `${number(events.readers)} readers of the measured race's \`/events\` in ${settings.processes} ${settings.processes === 1 ? "process" : "processes"}, ` +
    `opened ${number(settings.batch)} at a time in ${number(events.openSeconds, 1)} s; then ${events.writes} writes ${number(settings.writeGapMs)} ms apart: ` +
    `write sent to event received p50 ${number(events.p50Ms)} ms, p95 ${number(events.p95Ms)} ms, p99 ${number(events.p99Ms)} ms, max ${number(events.maxMs)} ms ` +
    `over ${number(events.samples)} samples; fan-out (first reader to last, per write) p50 ${number(events.fanOutP50Ms)} ms, p95 ${number(events.fanOutP95Ms)} ms; ` +
    `${events.failed} failed, ${events.dropped} dropped, ${events.unseen} unseen. Server RSS ${megabytes(events.rssBeforeBytes)} before the streams, ` +
    `${megabytes(events.rssWithStreamsBytes)} with them (${kilobytes((events.rssWithStreamsBytes - events.rssBeforeBytes) / Math.max(1, events.opened))} a stream), peak ${megabytes(events.peakRssBytes)}. ` +
    `CPU per write: server ${number(events.serverCpuMsPerWrite)} ms, readers ${number(events.readersCpuMsPerWrite)} ms; machine load average ${number(events.loadAverage, 1)} at the end.`
  );
}

export function reportMarkdown(f: BenchFigures, options: BenchOptions): string {
  const { election, writes, visible, events } = f;
  return [
    `# Results desk benchmark${options.smoke ? " (smoke run: tiny dataset, targets not enforced)" : ""}`,
    "",
    `${f.startedAt.toISOString()} on ${f.machine}, Node ${process.version}; load generator and server on the same machine, each scenario started once the server was idle.`,
    `Dataset: 1 election, ${number(election.races)} races, ${number(election.units)} reporting units, ${number(election.candidacies)} candidacies.`,
    `Measured race: \`/races/${election.measuredRace}\` (${kilobytes(f.racePageBytes)} of HTML). Reads: ${options.readConnections} connections, ` +
      `${options.seconds} s after ${options.warmupSeconds} s of warm-up; writes: ${writes.writers} connections, one reporting unit each.`,
    "",
    "| Scenario | Requests/s | p50 (ms) | p99 (ms) | Errors | Answers |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    loadRow("Race page HTML", f.racePage),
    loadRow("Race JSON with current ETag (304)", f.notModified),
    loadRow("Race JSON (200)", f.raceJson),
    loadRow(`Static file from public/, ${kilobytes(f.racePageBytes)} (baseline)`, f.staticFile),
    loadRow(`Tally writes, ${writes.writers} writers (accepted/s)`, writes, writes.writesPerSecond),
    "",
    `Ratios to the static file: race page ${number(toStatic(f.racePage, f), 2)} ×, race JSON 304 ${number(toStatic(f.notModified, f), 2)} ×.`,
    `Writes: ${number(writes.acknowledged)} acknowledged (warm-up included), ${number(writes.conflicts)} conflicts (409), ` +
      `${writes.lost} lost, ${writes.unexplained} unexplained; ${writes.unanswered} unanswered (cut off when a run stopped, or timed out).`,
    `Write to visible (${number(options.pollers)} pollers every ${number(f.pollIntervalMs)} ms, ${options.visibleWrites} writes): ` +
      `p50 ${number(visible.p50Ms)} ms, p95 ${number(visible.p95Ms)} ms, max ${number(visible.maxMs)} ms over ${number(visible.samples)} samples; ` +
      `${visible.unseen} unseen, ${visible.pollErrors} poll errors.`,
    `Feed snapshots (an AP payload of the whole election, ${number(f.feeds.changedUnitsPerSnapshot)} units changed in each, posted one after another): ` +
      `p50 ${number(f.feeds.p50Ms)} ms, p95 ${number(f.feeds.p95Ms)} ms over ${f.feeds.snapshots}; the same snapshot again ${number(f.feeds.unchangedMs)} ms.`,
    `Event streams (on a fresh server): ${eventStreamSentence(events)}`,
    "Two instances on PostgreSQL, a write on one reaching streams on the other: `npm run bench:instances`, not part of this run (bench/results-two-instances.md).",
    `Server peak RSS: ${megabytes(f.peakRssBytes)} (the server process and its children, sampled every 250 ms, through the scenarios before the event streams).`,
    "",
    "| Target | Figure | Result |",
    "| --- | --- | --- |",
    ...targets(f).map((t) => `| ${t.name} | ${t.figure} | ${t.met ? "pass" : "MISSED"} |`),
    "",
    ...targets(f)
      .filter((t) => !t.met)
      .flatMap((t) => [`**Missed: ${t.name}.** ${t.whenMissed}`, ""]),
  ].join("\n");
}

// `npm run feed -- <command>`: results feeds from the server's shell.
//   import --election SLUG --format F --file PATH [--create] [--dry-run]
//       applies one snapshot (AP JSON, Clarity XML/zip/JSON, OpenElections CSV), as the API does
//   replay --from ELECTION|DIR --into TEST_ELECTION [--speed N] [--format F] [--interval S]
//       plays a recorded night into an election marked as test data: the snapshots another election
//       received, or the files of a folder in name order (S seconds apart, default 60), with the
//       recorded spacing divided by N (default 1)
import { stat, readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { FEED_FORMATS, type FeedFormat, type FeedProblem } from "@/lib/domain/feeds/feed-snapshot";
import type { FeedImportReport } from "@/lib/domain/feeds/feed-import";
import { COMMAND_LINE } from "@/lib/server/auth/actor";
import { importFeedSnapshot } from "@/lib/server/commands/import-feed";
import { recordedSnapshots, replaySnapshots, snapshotFiles } from "@/lib/server/commands/replay-feed";
import { flushSharedInvalidations } from "@/lib/server/cache/journal";
import { db } from "@/lib/server/db";
import { CommandError } from "@/lib/server/errors";

const USAGE = `Usage:
  npm run feed -- import --election SLUG --format ${FEED_FORMATS.join("|")} --file PATH [--create] [--dry-run]
  npm run feed -- replay --from ELECTION|DIR --into TEST_ELECTION [--speed N] [--format F] [--interval SECONDS]`;

const problemLines = (problems: readonly FeedProblem[]) => problems.map((p) => `  ${p.where}: ${p.message}`);

function summary(report: FeedImportReport): string[] {
  if (report.unchanged) return ["Unchanged: the same bytes as the last snapshot; nothing was read or written."];
  const changed = report.races.filter((r) => r.created || r.unitsChanged > 0 || r.unitsHeld > 0);
  return [
    `${report.dryRun ? "Dry run: would apply" : `Applied snapshot ${report.snapshotId}:`} ${report.races.length} race${report.races.length === 1 ? "" : "s"}, ${changed.length} changed.${report.isTest ? " TEST DATA." : ""}`,
    ...changed.map((r) => `  ${r.slug}${r.created ? " (created)" : ""}: ${r.unitsChanged} unit${r.unitsChanged === 1 ? "" : "s"} changed${r.unitsCorrected ? `, ${r.unitsCorrected} corrected` : ""}${r.unitsHeld ? `, ${r.unitsHeld} held for the desk` : ""}`),
    ...(report.problems.length > 0 ? ["Worth a look:", ...problemLines(report.problems)] : []),
  ];
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      election: { type: "string" },
      format: { type: "string" },
      file: { type: "string" },
      create: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      from: { type: "string" },
      into: { type: "string" },
      speed: { type: "string", default: "1" },
      interval: { type: "string", default: "60" },
    },
  });
  switch (positionals[0]) {
    case "import": {
      if (!values.election || !values.file) break;
      const bytes = await readFile(values.file).then(
        (buffer) => new Uint8Array(buffer),
        (error: NodeJS.ErrnoException) => {
          console.error(`Cannot read ${values.file}: ${error.code === "ENOENT" ? "no such file" : error.message}.`);
          return null;
        },
      );
      if (!bytes) return 1;
      const report = await importFeedSnapshot(COMMAND_LINE, values.election, bytes, { format: values.format, create: values.create, dryRun: values["dry-run"] }, { origin: "cli" });
      console.log(summary(report).join("\n"));
      return 0;
    }
    case "replay": {
      if (!values.from || !values.into) break;
      const format = values.format as FeedFormat | undefined;
      const isDir = await stat(values.from).then((s) => s.isDirectory(), () => false);
      const snapshots = isDir ? await snapshotFiles(values.from, format, Number(values.interval)) : await recordedSnapshots(values.from);
      console.log(`Replaying ${snapshots.length} snapshot${snapshots.length === 1 ? "" : "s"} into ${values.into} at ${values.speed}× speed.`);
      for await (const step of replaySnapshots(COMMAND_LINE, values.into, snapshots, Number(values.speed))) {
        if (step.report) console.log([`${step.name}:`, ...summary(step.report)].join("\n"));
        else console.log([`${step.name}: refused: ${step.error!.message}`, ...(step.error!.is("feed_refused") ? problemLines(step.error!.details.problems) : [])].join("\n"));
      }
      return 0;
    }
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CommandError)) throw error;
  console.error(error.message);
  if (error.is("feed_refused")) console.error(problemLines(error.details.problems).join("\n"));
  process.exitCode = 1;
} finally {
  // The running servers learn of the changed races from the journal; write it before leaving.
  await flushSharedInvalidations();
  await db.$disconnect();
}

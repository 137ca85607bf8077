// What a feed import did (or would do, checked): races created or changed, units corrected and held,
// and the problems worth a look; or, refused, every problem with where it is in the file.
import Link from "next/link";
import type { FeedImportReport } from "@/lib/domain/feeds/feed-import";
import type { FeedProblem } from "@/lib/domain/feeds/feed-snapshot";

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** A browser table of thousands of rows helps nobody; the API answer lists them all. */
const SHOWN = 200;

export function FeedProblems({ problems, caption }: { problems: FeedProblem[]; caption: string }) {
  const shown = problems.slice(0, SHOWN);
  return (
    <table>
      <caption>
        {caption}
        {problems.length > shown.length && ` The first ${shown.length} are shown.`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Where</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((problem, index) => (
          <tr key={`${problem.where}-${index}`}>
            <td>{problem.where}</td>
            <td>{problem.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function feedImportSummary(report: FeedImportReport): string {
  if (report.unchanged) return "This is the same file as the last one imported: nothing changed.";
  const created = report.races.filter((r) => r.created).length;
  const sum = (key: "unitsChanged" | "unitsCorrected" | "unitsHeld") => report.races.reduce((n, r) => n + r[key], 0);
  const races = `${count(report.races.length, "race")}${created > 0 ? ` (${created} ${report.dryRun ? "to create" : "created"})` : ""}`;
  const units = [
    `${count(sum("unitsChanged"), "unit")} ${report.dryRun ? "would change" : "changed"}`,
    `${count(sum("unitsCorrected"), "correction")}`,
    `${count(sum("unitsHeld"), "unit")} held for the desk`,
  ].join(", ");
  return report.dryRun ? `Checked, nothing written: ${races}; ${units}.` : `Imported ${races}: ${units}.`;
}

export function FeedImportReportView({ report }: { report: FeedImportReport }) {
  return (
    <>
      {report.isTest && (
        <p className="conflict" role="note">
          This file is test data: the election is {report.dryRun ? "to be" : "now"} marked as test data, and nothing about it can be published.
        </p>
      )}
      {report.races.length > 0 && (
        <table>
          <caption>Races in the file</caption>
          <thead>
            <tr>
              <th scope="col">Race</th>
              <th scope="col">On the desk</th>
              <th scope="col" className="num">Units changed</th>
              <th scope="col" className="num">Corrections</th>
              <th scope="col" className="num">Held</th>
            </tr>
          </thead>
          <tbody>
            {report.races.map((race) => (
              <tr key={race.slug}>
                <th scope="row">{report.dryRun && race.created ? race.name : <Link href={`/newsroom/races/${race.slug}`}>{race.name}</Link>}</th>
                <td>{race.created ? (report.dryRun ? "to be created" : "created") : "existing"}</td>
                <td className="num">{race.unitsChanged}</td>
                <td className="num">{race.unitsCorrected}</td>
                <td className="num">{race.unitsHeld}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.problems.length > 0 && <FeedProblems problems={report.problems} caption={`Worth a look (${count(report.problems.length, "note")}):`} />}
    </>
  );
}

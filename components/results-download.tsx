// "Download results (CSV)": the public CSV of a race or an election (lib/domain/results-csv.ts),
// a plain link so it works before any script and saves under the file name the answer gives.

interface ResultsDownloadProps {
  href: string;
  /** What the file holds, in a few words, for the line under the link. */
  holds: string;
}

export function ResultsDownload({ href, holds }: ResultsDownloadProps) {
  return (
    <p className="results-download small">
      <a href={href} download>
        Download results (CSV)
      </a>{" "}
      <span className="muted">{holds}</span>
    </p>
  );
}

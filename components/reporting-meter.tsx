import type { RaceResult } from "@/lib/domain/race-result";
import { countedShare, countedWords } from "@/lib/domain/reporting-words";

// How much is counted: the share of the expected vote when a feed estimates it (the bar follows it),
// with the precincts beside it; otherwise the precincts reporting.
export function ReportingMeter({ reporting, expectedVotePct }: { reporting: RaceResult["reporting"]; expectedVotePct: number | null }) {
  return (
    <div className="meter">
      <div className="meter-track" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${countedShare(reporting, expectedVotePct)}%` }} />
      </div>
      <span>{countedWords(reporting, expectedVotePct)}</span>
    </div>
  );
}

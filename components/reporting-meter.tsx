import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";

export function ReportingMeter({ reporting }: { reporting: RaceResult["reporting"] }) {
  const pct = Math.round(reporting.pct);
  return (
    <div className="meter">
      <div className="meter-track" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${reporting.pct}%` }} />
      </div>
      <span>
        {formatPct(pct, 0)} of precincts reporting ({formatVotes(reporting.precinctsReporting)} of{" "}
        {formatVotes(reporting.precinctsTotal)})
      </span>
    </div>
  );
}

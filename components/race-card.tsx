import Link from "next/link";
import { CallRetraction } from "@/components/call-retraction";
import { StatusBadge } from "@/components/status-badge";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";
import { marginSentence } from "@/lib/domain/race-status";

// One race in a list: where it stands at a glance, with the way into the full page.
export function RaceCard({ race, timeZone }: { race: RaceResult; timeZone: string }) {
  const shown = race.candidates.slice(0, Math.max(2, race.seats));
  return (
    <li className={race.testData ? "race-card race-card-test" : "race-card"}>
      <h3>
        <Link href={`/races/${race.slug}`}>
          {race.office}, {race.seat}
        </Link>
      </h3>
      <div>
        <StatusBadge race={race} />
      </div>
      <CallRetraction call={race.call} timeZone={timeZone} />
      {race.totalVotes > 0 &&
        shown.map((c) => (
          <div className="leader" key={c.slug}>
            <span className="name">{c.name}</span>
            <span>
              {formatVotes(c.votes)} <span className="muted">({formatPct(c.pct)})</span>
            </span>
          </div>
        ))}
      <p className="small">{marginSentence(race)}</p>
      <p className="small muted">{formatPct(Math.round(race.reporting.pct), 0)} of precincts reporting</p>
    </li>
  );
}

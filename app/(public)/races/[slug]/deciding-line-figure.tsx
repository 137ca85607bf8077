"use client";
// The margin over the night along the race's deciding line (lib/domain/deciding-line.ts): in a
// one-seat race the leader against the runner-up, in a vote-for-N race the last seat against the
// first one out, in a runoff race the second runoff place against the third, or the leader against
// the threshold. Its title and sentence say which, its key names both sides in ballot order, and a
// table gives the numbers batch by batch for screen readers and for anyone who wants them.
import type { ReactNode } from "react";
import { candidateColor } from "@/components/candidate-color";
import { MarginChart } from "@/components/charts/margin-chart";
import type { DecidingLine } from "@/lib/domain/deciding-line";
import { decidingLineWords } from "@/lib/domain/deciding-line-words";
import type { RaceHistory } from "@/lib/domain/margin-history";
import { formatVotes, lastName } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";
import { formatClock } from "@/lib/domain/time-words";

/** The threshold's far side is nobody's: neutral grey. */
const NOBODY = "var(--muted)";

interface DecidingLineFigureProps {
  race: RaceResult;
  history: RaceHistory;
  line: DecidingLine;
  timeZone: string;
  clock: (iso: string) => ReactNode;
}

export function DecidingLineFigure({ race, history, line, timeZone, clock }: DecidingLineFigureProps) {
  const last = history.points[history.points.length - 1];
  if (!last) return null;
  const words = decidingLineWords(line, race.candidates);
  const colorOf = (slug: string | null) => {
    const candidate = race.candidates.find((c) => c.slug === slug);
    return candidate ? candidateColor(candidate.party, candidate.ballotOrder) : NOBODY;
  };
  const sideColor = (side: "above" | "below") => colorOf(words.key.find((k) => k.side === side)?.slug ?? null);
  const nameOf = (slug: string) => lastName(race.candidates.find((c) => c.slug === slug)?.name ?? slug);
  const lastChange = history.leadChanges[history.leadChanges.length - 1];
  const ahead = (leaderId: string | null) => (leaderId ? nameOf(leaderId) : line.kind === "threshold" ? words.belowLabel : "Level");

  return (
    <figure className="chart-panel" aria-labelledby="margin-title" data-deciding-line={line.kind}>
      <h3 id="margin-title">{words.title}</h3>
      <p className="small muted">
        {words.sentence}{" "}
        {line.kind === "threshold" ? null : lastChange === undefined ? (
          "The lead never changed hands."
        ) : (
          <>
            The lead changed hands {history.leadChanges.length === 1 ? "once" : `${history.leadChanges.length} times`}, last at {clock(lastChange.at)}.
          </>
        )}
      </p>
      <ul className="chart-key small" aria-label="Key">
        {words.key.map((item) => (
          <li key={item.text}>
            <span className="chart-key-swatch" style={{ background: colorOf(item.slug) }} aria-hidden="true" />
            {item.side === "above" ? "▲" : "▼"} {item.text}
          </li>
        ))}
      </ul>
      <div
        className="chart-frame tall"
        role="img"
        data-chart="margin"
        aria-label={`Line chart of the lead after each batch, ${words.aboveLabel} above the line and ${words.belowLabel} below it; latest margin ${formatVotes(last.margin)} votes`}
      >
        <MarginChart
          data={history.points.map((p) => ({ time: formatClock(p.at, timeZone), signedMargin: p.signedMargin }))}
          aboveLabel={words.aboveLabel}
          belowLabel={words.belowLabel}
          aboveColor={sideColor("above")}
          belowColor={sideColor("below")}
          finalLabel={formatVotes(last.margin)}
        />
      </div>
      <details>
        <summary>The count batch by batch</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">{line.kind === "threshold" ? `Against ${line.thresholdPct}%` : "Ahead"}</th>
              <th scope="col" className="num">Margin</th>
            </tr>
          </thead>
          <tbody>
            {history.points.map((p, index) => (
              <tr key={`${p.at}-${index}`}>
                <td>{clock(p.at)}</td>
                <td>{ahead(p.leaderId)}</td>
                <td className="num">{formatVotes(p.margin)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

// Votes by reporting unit, one group of bars per unit: where each candidate's votes came from.
// Its text equivalent is the results-by-unit table beside it. Candidates come in ballot order, in
// the bars and in the key. Plain SVG in the server's HTML, drawn again when the count moves; the
// units' names and the key are HTML under it, so a long name ("Commission District 1" on a phone)
// wraps within its own group of bars as text does, without measuring anything.
import { valueTicks } from "@/lib/domain/chart-ticks";
import { CHART_AXIS } from "./chart-theme";
import { GridLines, linearScale, ValueAxis } from "./value-axis";

export interface UnitResultsChartProps {
  units: { name: string; votes: Record<string, number> }[];
  candidates: { slug: string; name: string; color: string }[];
}

const VOTES = new Intl.NumberFormat("en-US");
const HEIGHT = 180;
const PLOT_TOP = 8;
const AXIS_WIDTH = 56;
/** The share of each unit's band its group of bars takes; the rest is air between groups. */
const GROUP_SHARE = 0.8;

export function UnitResultsChart({ units, candidates }: UnitResultsChartProps) {
  const most = Math.max(0, ...units.flatMap((u) => candidates.map((c) => u.votes[c.slug] ?? 0)));
  const y = linearScale(valueTicks(0, most).ticks, PLOT_TOP, HEIGHT);
  const band = 100 / Math.max(1, units.length);
  const bar = (band * GROUP_SHARE) / Math.max(1, candidates.length);

  return (
    <>
      <div className="chart-columns">
        <ValueAxis scale={y} height={HEIGHT} width={AXIS_WIDTH} format={(v) => VOTES.format(v)} />
        <svg className="chart-surface" width="100%" height={HEIGHT} overflow="visible" aria-hidden="true">
          <GridLines scale={y} />
          {units.map((unit, u) =>
            candidates.map((c, i) => {
              const votes = unit.votes[c.slug] ?? 0;
              return (
                <rect key={`${u}-${c.slug}`} className="chart-bar" x={`${u * band + (band * (1 - GROUP_SHARE)) / 2 + i * bar}%`} y={y(votes)} width={`${bar}%`} height={HEIGHT - y(votes)} fill={c.color}>
                  <title>{`${unit.name}, ${c.name}: ${VOTES.format(votes)}`}</title>
                </rect>
              );
            }),
          )}
          <line x1="0" x2="100%" y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} stroke={CHART_AXIS} />
        </svg>
        <span />
        <div className="chart-unit-names small" style={{ gridTemplateColumns: `repeat(${units.length}, minmax(0, 1fr))` }}>
          {units.map((unit, u) => (
            <span key={u}>{unit.name}</span>
          ))}
        </div>
      </div>
      <ul className="chart-key small">
        {candidates.map((c) => (
          <li key={c.slug}>
            <span className="chart-key-swatch" style={{ background: c.color }} />
            {c.name}
          </li>
        ))}
      </ul>
    </>
  );
}

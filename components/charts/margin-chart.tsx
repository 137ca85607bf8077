// The count over the night along the race's deciding line (lib/domain/deciding-line.ts): above zero
// one side is ahead, below it the other; where the line crosses zero the race changed hands. The
// right edge names both sides and carries the final margin, so the number is on the picture and not
// only in a table; those three labels are kept apart by the layout rule of lib/domain/chart-labels.ts
// (in a close race they all want the same spot, near zero).
//
// Plain SVG, drawn in the server's HTML with the numbers the page already has, and drawn again by
// the live page when a new count arrives: no chart library for the phone to download and run.
// Batches are spaced evenly, in percentages of the width (see value-axis.tsx); the line itself is
// drawn in a nested SVG stretched to the plot, its stroke kept 2 px wide whatever the stretch.
import { separateLabels } from "@/lib/domain/chart-labels";
import { valueTicks } from "@/lib/domain/chart-ticks";
import { CHART_AXIS, CHART_HALO, CHART_INK, CHART_TICK } from "./chart-theme";
import { GridLines, linearScale, ValueAxis } from "./value-axis";

export interface MarginDatum {
  /** Clock time of the batch, already formatted in the newsroom's time zone. */
  time: string;
  signedMargin: number;
}

export interface MarginChartProps {
  data: MarginDatum[];
  aboveLabel: string;
  belowLabel: string;
  aboveColor: string;
  belowColor: string;
  finalLabel: string;
}

const VOTES = new Intl.NumberFormat("en-US");
const HEIGHT = 260;
const PLOT_TOP = 20;
const PLOT_BOTTOM = HEIGHT - 28;
const AXIS_WIDTH = 56;
/** The first and last batches sit this far (in % of the width) inside the plot, so their dots show whole. */
const INSET_PCT = 2;
const LABEL_GAP = 16;

const signed = (value: number) => (value === 0 ? "0" : `${value > 0 ? "+" : "−"}${VOTES.format(Math.abs(value))}`);

function xPct(index: number, count: number): number {
  return count === 1 ? 100 - INSET_PCT : INSET_PCT + (index / (count - 1)) * (100 - 2 * INSET_PCT);
}

/** The batches whose times label the bottom edge: the first, the last, and one between when there is room. */
function timeTicks(count: number): number[] {
  if (count <= 1) return [count - 1];
  if (count === 2) return [0, 1];
  return [0, Math.floor((count - 1) / 2), count - 1];
}

interface EndLabelsProps extends MarginChartProps {
  zero: number;
  end: number;
}

function EndLabels({ aboveLabel, belowLabel, aboveColor, belowColor, finalLabel, zero, end }: EndLabelsProps) {
  // The final margin sits above its point, or below it when the point is at the top of the plot
  // (where a race that pulled away ends), so it is not drawn over the line leading to it.
  const finalY = end - 10 - LABEL_GAP >= PLOT_TOP ? end - 10 : end + 20;
  const spots = separateLabels(
    [
      { id: "above", y: zero - 8 },
      { id: "final", y: finalY },
      { id: "below", y: zero + 18 },
    ],
    { gap: LABEL_GAP, top: PLOT_TOP + LABEL_GAP / 2, bottom: PLOT_BOTTOM - 4 },
  );
  return (
    <g className="margin-end-labels" fontSize={12} {...CHART_HALO}>
      <text x="100%" dx={-4} y={spots.get("above")} textAnchor="end" fill={aboveColor} fontWeight={600}>
        ▲ {aboveLabel}
      </text>
      <text x="100%" dx={-4} y={spots.get("below")} textAnchor="end" fill={belowColor} fontWeight={600}>
        ▼ {belowLabel}
      </text>
      <text x="100%" dx={-14} y={spots.get("final")} textAnchor="end" fontSize={13} fontWeight={700} fill={CHART_INK} data-label="final">
        {finalLabel}
      </text>
    </g>
  );
}

export function MarginChart(props: MarginChartProps) {
  const { data, aboveLabel, belowLabel } = props;
  const last = data[data.length - 1];
  if (!last) return null;
  const margins = data.map((d) => d.signedMargin);
  const y = linearScale(valueTicks(Math.min(...margins), Math.max(...margins)).ticks, PLOT_TOP, PLOT_BOTTOM);
  const describe = (d: MarginDatum) => `${d.time}: ${d.signedMargin === 0 ? "on the line" : `${d.signedMargin > 0 ? aboveLabel : belowLabel} by ${VOTES.format(Math.abs(d.signedMargin))}`}`;
  const points = data.map((d, i) => `${xPct(i, data.length)},${y(d.signedMargin)}`).join(" ");

  return (
    <div className="chart-columns">
      <ValueAxis scale={y} height={HEIGHT} width={AXIS_WIDTH} format={signed} />
      <svg className="chart-surface" width="100%" height={HEIGHT} aria-hidden="true">
        <GridLines scale={y} />
        <line x1="0" x2="100%" y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} stroke={CHART_AXIS} />
        <line x1="0" x2="100%" y1={y(0)} y2={y(0)} stroke={CHART_INK} strokeDasharray="4 3" />
        <svg width="100%" height={HEIGHT} viewBox={`0 0 100 ${HEIGHT}`} preserveAspectRatio="none" overflow="visible">
          <polyline points={points} fill="none" stroke={CHART_INK} strokeWidth={2} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
        </svg>
        {data.map((d, i) => (
          <circle key={i} cx={`${xPct(i, data.length)}%`} cy={y(d.signedMargin)} r={3} fill="var(--paper)" stroke={CHART_INK}>
            <title>{describe(d)}</title>
          </circle>
        ))}
        {timeTicks(data.length).map((i, n, all) => (
          <text
            key={i}
            x={`${xPct(i, data.length)}%`}
            y={PLOT_BOTTOM + 18}
            textAnchor={all.length > 1 && n === 0 ? "start" : n === all.length - 1 ? "end" : "middle"}
            dx={all.length > 1 && n === 0 ? -4 : n === all.length - 1 ? 4 : 0}
            {...CHART_TICK}
          >
            {data[i]!.time}
          </text>
        ))}
        <EndLabels {...props} zero={y(0)} end={y(last.signedMargin)} />
      </svg>
    </div>
  );
}

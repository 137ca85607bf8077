// Each candidate's share as a bar, drawn as plain SVG in the server's HTML and again by the live page
// when the count moves. Pages hand over plain serialized numbers and the text equivalent sits outside,
// in the page, so the chart is a picture of numbers the reader already has. Names sit in a column of
// fixed width; bars are percentages of the rest (value-axis.tsx says why).
import { CHART_INK } from "./chart-theme";

export interface VoteShareDatum {
  name: string;
  pct: number;
  color: string;
}

const ROW = 44;
const BAR = 22;
const NAME_WIDTH = 110;
/** A bar of 100% takes this share of the width, leaving room for its label. */
const FULL_BAR_PCT = 78;

export function VoteShareChart({ data }: { data: VoteShareDatum[] }) {
  const height = data.length * ROW;
  const middle = (index: number) => index * ROW + ROW / 2;
  return (
    <div className="chart-columns">
      <svg className="chart-axis" width={NAME_WIDTH} height={height} aria-hidden="true">
        {data.map((d, i) => (
          <text key={d.name} x={NAME_WIDTH - 8} y={middle(i)} dy="0.32em" textAnchor="end" fontSize={13} fill={CHART_INK}>
            {d.name}
          </text>
        ))}
      </svg>
      <svg className="chart-surface" width="100%" height={height} aria-hidden="true">
        {data.map((d, i) => {
          const width = (Math.min(100, Math.max(0, d.pct)) * FULL_BAR_PCT) / 100;
          return (
            <g key={d.name}>
              <rect className="chart-bar" x="0" y={middle(i) - BAR / 2} width={`${width}%`} height={BAR} fill={d.color} />
              <text x={`${width}%`} dx={6} y={middle(i)} dy="0.32em" fontSize={13} fill={CHART_INK}>
                {d.pct.toFixed(1)}%
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

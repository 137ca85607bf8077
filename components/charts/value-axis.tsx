// The value axis the charts share. The charts are drawn on the server, which does not know how wide
// the reader's screen is: heights are in pixels and fixed, widths are percentages of the plot. So the
// axis labels sit in a column of their own (an SVG of fixed width, as tall as the plot) and the
// plot's grid lines run the full width of the SVG beside it, at the same heights.
import { CHART_AXIS, CHART_GRID, CHART_TICK } from "./chart-theme";

export interface LinearScale {
  (value: number): number;
  ticks: number[];
}

/** Maps values from the ticks' first to their last onto pixel heights from `bottom` up to `top`. */
export function linearScale(ticks: number[], top: number, bottom: number): LinearScale {
  const min = ticks[0]!;
  const max = ticks[ticks.length - 1]!;
  const scale = (value: number) => bottom - ((value - min) / (max - min)) * (bottom - top);
  return Object.assign(scale, { ticks });
}

interface ValueAxisProps {
  scale: LinearScale;
  height: number;
  width: number;
  format: (value: number) => string;
}

export function ValueAxis({ scale, height, width, format }: ValueAxisProps) {
  return (
    <svg className="chart-axis" width={width} height={height} aria-hidden="true">
      {scale.ticks.map((tick) => (
        <text key={tick} x={width - 6} y={scale(tick)} dy="0.32em" textAnchor="end" {...CHART_TICK}>
          {format(tick)}
        </text>
      ))}
      <line x1={width - 0.5} x2={width - 0.5} y1={scale(scale.ticks[scale.ticks.length - 1]!)} y2={scale(scale.ticks[0]!)} stroke={CHART_AXIS} />
    </svg>
  );
}

/** Horizontal rules at each tick, across the whole plot. */
export function GridLines({ scale }: { scale: LinearScale }) {
  return (
    <g stroke={CHART_GRID}>
      {scale.ticks.map((tick) => (
        <line key={tick} x1="0" x2="100%" y1={scale(tick)} y2={scale(tick)} />
      ))}
    </g>
  );
}

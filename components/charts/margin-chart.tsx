"use client";
// The count over the night along the race's deciding line (lib/domain/deciding-line.ts): above zero
// one side is ahead, below it the other; where the line crosses zero the race changed hands. The
// right edge names both sides and carries the final margin, so the number is on the picture and not
// only in a tooltip; those three labels are kept apart by the layout rule of lib/domain/chart-labels.ts
// (in a close race they all want the same spot, near zero).
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, usePlotArea, XAxis, YAxis, useYAxisScale } from "recharts";
import { separateLabels } from "@/lib/domain/chart-labels";
import { CHART_AXIS, CHART_GRID, CHART_INK, chartTick, chartTooltip } from "./chart-theme";

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
const LABEL_GAP = 16;

function EndLabels({ data, aboveLabel, belowLabel, aboveColor, belowColor, finalLabel }: MarginChartProps) {
  const plot = usePlotArea();
  const scale = useYAxisScale();
  const last = data[data.length - 1];
  if (!plot || !scale || !last) return null;
  const zero = Number(scale(0));
  const end = Number(scale(last.signedMargin));
  const top = plot.y + LABEL_GAP / 2;
  // The final margin sits above its point, or below it when the point is at the top of the plot
  // (where a race that pulled away ends), so it is not drawn over the line leading to it.
  const finalY = end - 10 - LABEL_GAP >= plot.y ? end - 10 : end + 20;
  const bottom = plot.y + plot.height - 4;
  const spots = separateLabels(
    [
      { id: "above", y: zero - 8 },
      { id: "final", y: finalY },
      { id: "below", y: zero + 18 },
    ],
    { gap: LABEL_GAP, top, bottom },
  );
  const x = plot.x + plot.width - 4;
  return (
    // A halo in the page's colour keeps each label legible where it crosses the line or the grid.
    <g className="margin-end-labels" fontSize={12} stroke="var(--paper)" strokeWidth={4} strokeLinejoin="round" paintOrder="stroke">
      <text x={x} y={spots.get("above")} textAnchor="end" fill={aboveColor} fontWeight={600}>
        ▲ {aboveLabel}
      </text>
      <text x={x} y={spots.get("below")} textAnchor="end" fill={belowColor} fontWeight={600}>
        ▼ {belowLabel}
      </text>
      <text x={x - 10} y={spots.get("final")} textAnchor="end" fontSize={13} fontWeight={700} fill={CHART_INK} data-label="final">
        {finalLabel}
      </text>
    </g>
  );
}

export function MarginChart(props: MarginChartProps) {
  const { data, aboveLabel, belowLabel } = props;
  const describe = (value: number) => (value === 0 ? "On the line" : `${value > 0 ? aboveLabel : belowLabel} by ${VOTES.format(Math.abs(value))}`);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 20, right: 12, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={CHART_GRID} vertical={false} />
        <XAxis dataKey="time" tick={chartTick} stroke={CHART_AXIS} interval="preserveStartEnd" minTickGap={16} />
        <YAxis
          tick={chartTick}
          stroke={CHART_AXIS}
          width={64}
          tickFormatter={(v: number) => (v === 0 ? "0" : `${v > 0 ? "+" : "−"}${VOTES.format(Math.abs(v))}`)}
        />
        <ReferenceLine y={0} stroke={CHART_INK} strokeDasharray="4 3" />
        <Tooltip {...chartTooltip} formatter={(value) => [describe(Number(value)), "Margin"]} />
        <Line type="linear" dataKey="signedMargin" stroke={CHART_INK} strokeWidth={2} isAnimationActive={false} dot={{ r: 3, fill: "var(--paper)", stroke: CHART_INK }} />
        <EndLabels {...props} />
      </LineChart>
    </ResponsiveContainer>
  );
}

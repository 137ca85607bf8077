"use client";
// The lead over the night between the race's top two: above zero the first candidate leads, below
// it the second; where the line crosses zero the lead changed hands. The last point carries the
// final margin as a label, so the number is on the picture and not only in a tooltip.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_AXIS, CHART_GRID, CHART_INK, chartTick, chartTooltip } from "./chart-theme";

export interface MarginDatum {
  /** Clock time of the batch, already formatted in the newsroom's time zone. */
  time: string;
  signedMargin: number;
}

export interface MarginChartProps {
  data: MarginDatum[];
  firstName: string;
  secondName: string;
  finalLabel: string;
}

const VOTES = new Intl.NumberFormat("en-US");

export function MarginChart({ data, firstName, secondName, finalLabel }: MarginChartProps) {
  const lastIndex = data.length - 1;
  const describe = (value: number) =>
    value === 0 ? "Level" : `${value > 0 ? firstName : secondName} +${VOTES.format(Math.abs(value))}`;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 20, right: 36, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={CHART_GRID} vertical={false} />
        <XAxis dataKey="time" tick={chartTick} stroke={CHART_AXIS} interval="preserveStartEnd" minTickGap={16} />
        <YAxis
          tick={chartTick}
          stroke={CHART_AXIS}
          width={64}
          tickFormatter={(v: number) => (v === 0 ? "0" : `${v > 0 ? "+" : "−"}${VOTES.format(Math.abs(v))}`)}
        />
        <ReferenceLine y={0} stroke={CHART_INK} strokeDasharray="4 3" />
        <Tooltip {...chartTooltip} formatter={(value) => [describe(Number(value)), "Lead"]} />
        <Line
          type="linear"
          dataKey="signedMargin"
          stroke={CHART_INK}
          strokeWidth={2}
          isAnimationActive={false}
          dot={{ r: 3, fill: "var(--paper)", stroke: CHART_INK }}
          label={({ x, y, index }: { x?: number | string; y?: number | string; index?: number }) =>
            index === lastIndex ? (
              <text key="final" x={Number(x)} y={Number(y) - 10} textAnchor="middle" fontSize={13} fontWeight={700} fill={CHART_INK}>
                {finalLabel}
              </text>
            ) : (
              <g key={`p${index}`} />
            )
          }
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

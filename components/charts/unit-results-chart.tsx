"use client";
// Votes by reporting unit, one group of bars per unit: where each candidate's votes came from.
// Its text equivalent is the results-by-unit table beside it.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_AXIS, CHART_GRID, chartTick, chartTooltip } from "./chart-theme";

export interface UnitResultsChartProps {
  units: { name: string; votes: Record<string, number> }[];
  candidates: { slug: string; name: string; color: string }[];
}

const VOTES = new Intl.NumberFormat("en-US");

export function UnitResultsChart({ units, candidates }: UnitResultsChartProps) {
  const data = units.map((u) => ({ name: u.name, ...u.votes }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={CHART_GRID} vertical={false} />
        <XAxis dataKey="name" tick={chartTick} stroke={CHART_AXIS} interval={0} />
        <YAxis tick={chartTick} stroke={CHART_AXIS} width={56} tickFormatter={(v: number) => VOTES.format(v)} />
        <Tooltip {...chartTooltip} formatter={(value) => VOTES.format(Number(value))} />
        <Legend wrapperStyle={{ fontSize: 12, color: "var(--ink)" }} />
        {candidates.map((c) => (
          <Bar key={c.slug} dataKey={c.slug} name={c.name} fill={c.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

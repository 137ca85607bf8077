"use client";
// Votes by reporting unit, one group of bars per unit: where each candidate's votes came from.
// Its text equivalent is the results-by-unit table beside it. Candidates come in ballot order.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_AXIS, CHART_GRID, chartTick, chartTooltip } from "./chart-theme";

export interface UnitResultsChartProps {
  units: { name: string; votes: Record<string, number> }[];
  candidates: { slug: string; name: string; color: string }[];
}

const VOTES = new Intl.NumberFormat("en-US");

interface UnitTickProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  visibleTicksCount?: number;
  payload?: { value?: unknown };
}

// A unit's name wraps within its own group of bars ("Commission District 1" on a phone), so
// neighbouring names never run into each other.
function UnitTick({ x, y, width, visibleTicksCount, payload }: UnitTickProps) {
  const band = Number(width) / Math.max(1, visibleTicksCount ?? 1);
  return (
    <Text x={Number(x)} y={Number(y)} width={Math.max(40, band - 8)} maxLines={2} textAnchor="middle" verticalAnchor="start" fontSize={chartTick.fontSize} fill={chartTick.fill}>
      {String(payload?.value ?? "")}
    </Text>
  );
}

export function UnitResultsChart({ units, candidates }: UnitResultsChartProps) {
  const data = units.map((u) => ({ name: u.name, ...u.votes }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={CHART_GRID} vertical={false} />
        <XAxis dataKey="name" tick={(props: UnitTickProps) => <UnitTick {...props} />} stroke={CHART_AXIS} interval={0} height={40} />
        <YAxis tick={chartTick} stroke={CHART_AXIS} width={56} tickFormatter={(v: number) => VOTES.format(v)} />
        <Tooltip {...chartTooltip} formatter={(value) => VOTES.format(Number(value))} />
        {/* Recharts sorts legend items by name unless told not to: the key keeps the ballot order the bars are given in. */}
        <Legend wrapperStyle={{ fontSize: 12, color: "var(--ink)" }} itemSorter={null} />
        {candidates.map((c) => (
          <Bar key={c.slug} dataKey={c.slug} name={c.name} fill={c.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

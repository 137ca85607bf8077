"use client";
// Recharts is wrapped here once: pages hand over plain serialized numbers and the text equivalent
// sits outside, in the page, so the chart is a picture of numbers the reader already has.
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { CHART_INK, chartTick } from "./chart-theme";

export interface VoteShareDatum {
  name: string;
  pct: number;
  color: string;
}

export function VoteShareChart({ data }: { data: VoteShareDatum[] }) {
  const height = Math.max(120, data.length * 48 + 20);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
        <XAxis type="number" domain={[0, 100]} hide />
        <YAxis type="category" dataKey="name" width={110} tickLine={false} axisLine={false} tick={{ ...chartTick, fontSize: 13, fill: CHART_INK }} />
        <Bar dataKey="pct" isAnimationActive={false} barSize={22}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.color} />
          ))}
          <LabelList dataKey="pct" position="right" formatter={(v) => `${Number(v).toFixed(1)}%`} fill={CHART_INK} style={{ fontSize: 13 }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

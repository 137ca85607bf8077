// The charts' ink, rules and tooltip in the page's custom properties (app/globals.css), so Recharts'
// own defaults (grey text, white tooltips) do not stay light-mode colours on a dark page.
export const CHART_INK = "var(--ink)";
export const CHART_GRID = "var(--rule)";
export const CHART_AXIS = "var(--muted)";
export const chartTick = { fontSize: 12, fill: "var(--ink-soft)" };
export const chartTooltip = {
  contentStyle: { background: "var(--paper)", border: "1px solid var(--rule)", color: "var(--ink)" },
  labelStyle: { color: "var(--ink)" },
  itemStyle: { color: "var(--ink)" },
  cursor: { fill: "var(--paper-tint)", stroke: "var(--rule)" },
};

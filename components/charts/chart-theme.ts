// The charts' ink, rules and type in the page's custom properties (app/globals.css), so the same
// SVG follows the reader's light or dark scheme without a script.
export const CHART_INK = "var(--ink)";
export const CHART_GRID = "var(--rule)";
export const CHART_AXIS = "var(--muted)";
export const CHART_TICK = { fontSize: 12, fill: "var(--ink-soft)" };
/** A halo in the page's colour keeps a label legible where it crosses a line or the grid. */
export const CHART_HALO = { stroke: "var(--paper)", strokeWidth: 4, strokeLinejoin: "round", paintOrder: "stroke" } as const;

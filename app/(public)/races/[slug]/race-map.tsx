// The race map: each unit in its leader's colour, deeper as the lead grows, drawn on the server as
// plain SVG (lib/server/maps/race-map.ts), so the page sends no map code at all. Each shape is a
// link to its row in the results table below, focusable, named by its sentence ("Fulton County:
// Archibong leads by 312 votes (51.2%)"); on hover or focus that sentence shows in the band above
// the shapes (CSS only, app/globals.css .race-map). The map shows the count the page was rendered
// with; a write to the race re-renders the page, and the table and numbers above move live first.
import type { RaceMap } from "@/lib/server/maps/race-map";
import { MARGIN_STEPS, STEP_OPACITY } from "@/lib/domain/map-shading";
import { unitRowId } from "./unit-results-table";

/** Room above the shapes for the hovered or focused unit's details, in the map's units. */
const BAND = 52;

const fillOf = (unit: RaceMap["units"][number]) =>
  unit.color ? { fill: `var(--${unit.color})`, fillOpacity: STEP_OPACITY[unit.step] } : { fill: unit.shade === "tie" ? "var(--muted)" : "var(--open-bg)" };

function MapLegend({ map }: { map: RaceMap }) {
  return (
    <div className="race-map-legend">
      {map.leaders.length > 0 && (
        <table className="race-map-scale">
          <caption className="visually-hidden">Colour of each candidate by lead in points</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Leader</span>
              </th>
              {MARGIN_STEPS.map((step) => (
                <th scope="col" key={step.label}>
                  {step.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.leaders.map((c) => (
              <tr key={c.slug}>
                <th scope="row">{c.name} leads</th>
                {STEP_OPACITY.map((opacity, i) => (
                  <td key={i}>
                    <span className="race-map-swatch" style={{ background: `var(--${c.color})`, opacity }} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(map.hasTie || map.hasNoVotes) && (
        <ul className="chart-key">
          {map.hasTie && (
            <li>
              <span className="race-map-swatch" style={{ background: "var(--muted)" }} /> Tied
            </li>
          )}
          {map.hasNoVotes && (
            <li>
              <span className="race-map-swatch race-map-swatch-empty" /> No votes yet
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

export function RaceMapFigure({ map, unitsHeading }: { map: RaceMap; unitsHeading: string }) {
  const top = map.top - BAND;
  const missing = map.missing.length;
  return (
    <section aria-labelledby="map-heading" className="race-map">
      <h2 id="map-heading">Who leads where</h2>
      <figure>
        <div className="race-map-frame">
          <svg viewBox={`0 ${top} ${map.width} ${map.height + BAND}`} className="race-map-svg" aria-labelledby="map-title">
            <title id="map-title">Map of the leader in each unit</title>
            <text className="race-map-hint" x={4} y={top + 30} aria-hidden="true">
              Hover over or tab to a unit for its count
            </text>
            {map.units.map((unit) => {
              const [name, detail] = unit.label.split(/: (.*)/s);
              return (
                <a key={unit.slug} href={`#${unitRowId(unit.slug)}`} aria-label={unit.label} className="race-map-unit" data-unit={unit.slug}>
                  <title>{unit.label}</title>
                  <path d={unit.path} {...fillOf(unit)} />
                  <text className="race-map-detail" x={4} y={top + 20} aria-hidden="true">
                    <tspan className="race-map-detail-name">{name}</tspan>
                    <tspan x={4} dy={24}>
                      {detail}
                    </tspan>
                  </text>
                </a>
              );
            })}
          </svg>
        </div>
        <MapLegend map={map} />
        <figcaption className="small muted">
          Shaded by who leads in each unit, deeper as the lead grows. Every unit&apos;s count is in the table under &ldquo;{unitsHeading}&rdquo;.
          {map.illustrative && <strong className="race-map-illustrative"> Illustrative boundaries: these shapes are made up for the demo.</strong>}
          {missing > 0 && ` ${missing} ${missing === 1 ? "unit is" : "units are"} not shown, for want of a shape: ${map.missing.join(", ")}.`}
        </figcaption>
      </figure>
    </section>
  );
}

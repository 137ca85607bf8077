// Candidates' colours on bars and charts, in both colour schemes. A candidate keeps the party's usual
// colour where there is one, otherwise a colour by ballot position; in dark mode each colour is a
// lighter shade of the same hue, in the same order, so a candidate is the same blue or green in both
// and stays apart from the others. Pages refer to a colour by its CSS custom property
// (app/globals.css defines each for light and dark), so the browser picks the scheme, not the server.

export type ColorScheme = "light" | "dark";

export interface CandidateColor {
  /** The custom property's name, without the leading dashes. */
  name: string;
  light: string;
  dark: string;
}

/** The page behind the bars and charts (--paper), and the track a results bar fills (--open-bg). */
export const PAPER: Record<ColorScheme, string> = { light: "#ffffff", dark: "#141414" };
export const BAR_TRACK: Record<ColorScheme, string> = { light: "#eceff1", dark: "#2a2d30" };

export const PARTY_COLORS: Readonly<Record<string, CandidateColor>> = {
  Democratic: { name: "candidate-democratic", light: "#1f5fa8", dark: "#5b9be6" },
  Republican: { name: "candidate-republican", light: "#b3261e", dark: "#f0706a" },
};

/** By ballot position: green, amber, purple, slate, rose, teal. */
export const BALLOT_PALETTE: readonly CandidateColor[] = [
  { name: "candidate-1", light: "#2f6f5e", dark: "#4fb89a" },
  { name: "candidate-2", light: "#8a5a00", dark: "#d19a3a" },
  { name: "candidate-3", light: "#6a3fa0", dark: "#b08ae0" },
  { name: "candidate-4", light: "#37474f", dark: "#9aabb5" },
  { name: "candidate-5", light: "#a0456e", dark: "#e07aa8" },
  { name: "candidate-6", light: "#00707a", dark: "#3bb8c4" },
];

export function candidatePaletteEntry(party: string | null, index: number): CandidateColor {
  // Party is free text: "constructor" must not find Object.prototype's.
  if (party && Object.hasOwn(PARTY_COLORS, party)) return PARTY_COLORS[party]!;
  const length = BALLOT_PALETTE.length;
  return BALLOT_PALETTE[((index % length) + length) % length]!;
}

/** Every colour a candidate can get, parties first. */
export function allCandidateColors(): CandidateColor[] {
  return [...Object.values(PARTY_COLORS), ...BALLOT_PALETTE];
}

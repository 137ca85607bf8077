// A candidate's colour on bars and charts: the party's usual colour where there is one, otherwise a
// palette by ballot position (lib/domain/candidate-palette.ts). It is a CSS custom property, so the
// same markup and chart props follow the reader's light or dark scheme. Colour is never the only cue:
// names and numbers always sit beside it.
import { candidatePaletteEntry } from "@/lib/domain/candidate-palette";

export function candidateColor(party: string | null, index: number): string {
  return `var(--${candidatePaletteEntry(party, index).name})`;
}

// A candidate's colour on bars and charts: the party's usual colour where there is one, otherwise a
// palette by ballot position. Colour is never the only cue: names and numbers always sit beside it.
const PARTY_COLORS: Record<string, string> = { Democratic: "#1f5fa8", Republican: "#b3261e" };
const PALETTE = ["#2f6f5e", "#8a5a00", "#6a3fa0", "#37474f", "#a0456e", "#00707a"];

export function candidateColor(party: string | null, index: number): string {
  // Party is free text: "constructor" must not find Object.prototype's.
  return (party && Object.hasOwn(PARTY_COLORS, party) && PARTY_COLORS[party]) || PALETTE[index % PALETTE.length]!;
}

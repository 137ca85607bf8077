// Candidates whose names look alike: "Natalyn Archibong" and "Nata1yn Archib0ng", or one typed with
// a Cyrillic "а". Two such people in one race split a count and confuse readers, so saving them
// takes an editor's explicit confirmation (a warning, like a call's, not a refusal: two real people
// may share a name; the code to acknowledge is LOOK_ALIKE_NAMES in setup-warnings.ts).
//
// A name's skeleton follows Unicode's confusable folding (UTS #39, the confusables.txt data through
// the unhomoglyph package), with case folded and diacritics, spaces and punctuation ignored.
//
// UTS #39 is case-sensitive (a capital I is drawn like a small l), and names must also match across
// case ("NATALYN" is "Natalyn"), which the two orders of folding catch between them: confusables
// first, then case, and case first, then confusables. Names look alike when either skeleton agrees.
import unhomoglyph from "unhomoglyph";

// Upper then lower approximates full case folding: "ß" → "SS" → "ss", "ﬁ" → "FI" → "fi".
const caseFold = (text: string) => text.toUpperCase().toLowerCase();
const confusables = (text: string) => unhomoglyph(text).normalize("NFD");

// Folding case and confusables feed each other ("0" → "O" → "o"): repeat until nothing moves.
function settle(text: string): string {
  let folded = text;
  for (let round = 0; round < 4; round += 1) {
    const next = caseFold(confusables(folded));
    if (next === folded) break;
    folded = next;
  }
  return folded.replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * A name's two skeletons: confusables folded before case, and case before confusables. Punctuation
 * and spaces go first (an em dash would otherwise fold to a katakana letter); symbols stay, since
 * some are drawn as letters ("|" as "l").
 */
export function nameSkeletons(name: string): [string, string] {
  const text = name.normalize("NFD").replace(/[\p{P}\p{Z}\p{C}]/gu, "");
  return [settle(caseFold(confusables(text))), settle(caseFold(text))];
}

/** Whether two names fold alike. A name with no letters or digits looks like nothing. */
export function looksAlike(a: string, b: string): boolean {
  const first = nameSkeletons(a);
  const second = nameSkeletons(b);
  return first.some((skeleton, order) => skeleton !== "" && skeleton === second[order]);
}

/**
 * Pairs of items whose names fold alike: each later item with the first one it looks like, in the
 * order given, so a message can say "candidate 3 looks like candidate 1".
 */
export function lookAlikePairs<T extends { name: string }>(items: readonly T[]): [T, T][] {
  const seen: { item: T; skeletons: [string, string] }[] = [];
  const pairs: [T, T][] = [];
  for (const item of items) {
    const skeletons = nameSkeletons(item.name);
    const first = seen.find((other) => skeletons.some((skeleton, order) => skeleton !== "" && skeleton === other.skeletons[order]));
    if (first) pairs.push([first.item, item]);
    seen.push({ item, skeletons });
  }
  return pairs;
}

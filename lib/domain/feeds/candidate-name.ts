// Candidate names as feeds write them, made into the names readers see. Clarity (Georgia at least)
// puts party and incumbency into the name: "Donald J. Trump (I) (Rep)". OpenElections files are often
// in capitals ("STACEY ABRAMS") with stray spaces ("CHRIS CARR ").

/** Trimmed, with every run of white space one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export interface ChoiceName {
  name: string;
  party: string | null;
  incumbent: boolean;
}

const TRAILING_GROUP = /\s*\(([^()]*)\)$/;
/** A party label is a short word or two ("Rep", "Ind", "Working Families"), never a write-in note. */
const PARTY_LABEL = /^[A-Za-z][A-Za-z. -]{0,24}$/;

/**
 * A Clarity choice: "(I)" marks the incumbent and the last other trailing group is the party, unless
 * the party attribute names one ("NP", Clarity's default, names none). Doubled apostrophes, Clarity's
 * way of writing quotes ("Earl L. ''Buddy'' Carter"), become quotes.
 */
export function readChoiceName(text: string, partyAttribute: string | null = null): ChoiceName {
  let name = collapseSpaces(text);
  let party: string | null = null;
  let incumbent = false;
  for (let group = TRAILING_GROUP.exec(name); group; group = TRAILING_GROUP.exec(name)) {
    const label = group[1]!.trim();
    const rest = name.slice(0, group.index).trim();
    if (rest === "") break;
    if (/^I$/i.test(label) && !incumbent) incumbent = true;
    else if (party === null && PARTY_LABEL.test(label) && !/write/i.test(label)) party = label;
    else break;
    name = rest;
  }
  const attribute = partyAttribute?.trim() ?? "";
  if (attribute !== "" && attribute.toUpperCase() !== "NP") party = attribute;
  return { name: name.replaceAll("''", '"'), party, incumbent };
}

/** The key that makes "CHRIS CARR " and "Chris Carr" one candidate. */
export function nameKey(text: string): string {
  return collapseSpaces(text).toLowerCase();
}

/**
 * A name as the file spells it, except that ALL CAPITALS become title case: "STACEY ABRAMS" →
 * "Stacey Abrams", "SHAWN O'HARA" → "Shawn O'Hara", "JOHN MCDONALD III" → "John McDonald III".
 */
export function displayName(text: string): string {
  const name = collapseSpaces(text);
  if (!/\p{Lu}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-"(/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/\b(O|D)'(\p{L})/gu, (_, prefix: string, letter: string) => `${prefix}'${letter.toUpperCase()}`)
    .replace(/\bMc(\p{L})/gu, (_, letter: string) => `Mc${letter.toUpperCase()}`)
    .replace(/\b(Ii|Iii|Iv)\b/g, (numeral) => numeral.toUpperCase());
}

// A Clarity contest name split into the desk's office and seat. The full name stays the race's
// source key; this only decides what readers see in each field.
import { collapseSpaces } from "./candidate-name";

export interface OfficeAndSeat {
  office: string;
  seat: string;
}

/** Words that qualify an election rather than name a seat: "US Senate (Loeffler) - Special". */
const QUALIFIER = /\b(special|runoff|run-off|primary|recall|unexpired|election|general)\b/i;
const DISTRICT_AT_END = /^(.+?)\s+((?:district|dist\.?|ward|post|seat|division|zone|place)\s+[\w.-]+)$/i;

/**
 * "State Senate - District 1" → State Senate / District 1; "State Senate District 1" → the same;
 * "Soil and Water - Altamaha" → Soil and Water / Altamaha; "US Senate (Perdue)" and
 * "US Senate (Loeffler) - Special" keep the whole name as the office, with the jurisdiction as seat.
 */
export function officeAndSeat(contest: string, jurisdiction: string): OfficeAndSeat {
  const text = collapseSpaces(contest);
  const [head, ...tails] = text.split(" - ");
  const tail = tails.join(" - ");
  const district = DISTRICT_AT_END.exec(head!);
  if (district) return { office: district[1]!, seat: tails.length > 0 ? `${district[2]} - ${tail}` : district[2]! };
  if (tails.length > 0 && !QUALIFIER.test(tails[0]!)) return { office: head!, seat: tail };
  return { office: text, seat: jurisdiction };
}

// Names readers see (candidates, elections, offices, seats, units, parties): stored in one Unicode
// form, and free of characters that cannot be seen. A right-to-left override or a zero-width space
// makes one name display as another, or two identical-looking names compare unequal.
import { z } from "zod";

/** Bidirectional controls: embeddings, overrides, isolates, and the directional marks. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
/** Zero-width space, non-joiner and joiner, word joiner, and the zero-width no-break space (BOM). */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The hidden characters a name holds, as "U+202E", each once, in order of appearance. */
export function hiddenCharacters(text: string): string[] {
  const found = [...text.matchAll(BIDI_CONTROLS), ...text.matchAll(ZERO_WIDTH)].sort((a, b) => a.index - b.index);
  return [...new Set(found.map((match) => codePoint(match[0])))];
}

function hiddenCharacterMessage(hidden: readonly string[]): string {
  const list = hidden.join(", ");
  return `contains ${hidden.length === 1 ? "an invisible or text-direction character" : "invisible or text-direction characters"} (${list}); retype it without ${hidden.length === 1 ? "it" : "them"}`;
}

/**
 * A name as the set-up commands take it: trimmed, in Unicode NFC (so "é" typed as e + accent and as
 * one character are the same name), at most `max` characters, with no hidden characters, and not
 * blank unless `required` is false.
 */
export function nameText(max: number, { required = true }: { required?: boolean } = {}) {
  const name = z
    .string()
    .superRefine((value, ctx) => {
      const hidden = hiddenCharacters(value);
      if (hidden.length > 0) ctx.addIssue({ code: "custom", message: hiddenCharacterMessage(hidden) });
    })
    .trim()
    .normalize("NFC");
  return (required ? name.min(1, "is required") : name).max(max, `must be at most ${max} characters`);
}

// Slugs are the public addresses of elections, races, candidates and reporting units
// (/races/{slug}): lowercase ASCII letters and digits joined by single hyphens.

export const MAX_SLUG_LENGTH = 100;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * "Natalyn Archibong" → "natalyn-archibong", "José Núñez" → "jose-nunez". Letters outside ASCII
 * that have no ASCII base are dropped, so the result may be empty: callers must ask for a slug then.
 */
export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
}

/**
 * Letters as a reader without the accent key types them: "Núñez" → "Nunez", "Łukasz" → "Lukasz".
 * Letters of other scripts are kept as they are.
 */
export function foldAccents(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d");
}

// Slugs are the public addresses of elections, races, candidates and reporting units
// (/races/{slug}): lowercase ASCII letters and digits joined by single hyphens.

export const MAX_SLUG_LENGTH = 100;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * "Natalyn Archibong" → "natalyn-archibong", "José Núñez" → "jose-nunez". Letters outside ASCII
 * that have no ASCII base are dropped, so the result may be empty: callers must ask for a slug then.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
}

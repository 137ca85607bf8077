// How an import row finds a race, a reporting unit or a candidate: by slug, or by name written the
// way the desk shows it ("Atlanta City Council, District 5", "Fulton County", "Natalyn Archibong"),
// ignoring case and repeated spaces. A name that fits two things is refused, never guessed.

export interface Named {
  slug: string;
  name: string;
}

export interface NameMiss {
  problem: "unknown" | "ambiguous";
  /** How many things carry the name (2 or more when ambiguous). */
  matches: number;
}

export type NameLookup<T> = { found: T } | NameMiss;

export function nameKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

export class NameIndex<T extends Named> {
  private readonly bySlug = new Map<string, T>();
  private readonly byName = new Map<string, T[]>();

  constructor(items: Iterable<T>) {
    for (const item of items) {
      this.bySlug.set(nameKey(item.slug), item);
      const key = nameKey(item.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), item]);
    }
  }

  find(text: string): NameLookup<T> {
    const key = nameKey(text);
    const bySlug = this.bySlug.get(key);
    if (bySlug) return { found: bySlug };
    const byName = this.byName.get(key) ?? [];
    if (byName.length === 1) return { found: byName[0]! };
    return { problem: byName.length === 0 ? "unknown" : "ambiguous", matches: byName.length };
  }
}

// How a search finds races, candidates, elections and reporting units by name: the reader's search
// box and /search page, and the desk's search. Matching is by words, each word of the query the
// start of a word of the name ("archib" finds Natalyn Archibong, "district 5" the District 5
// race), whatever the case and accents ("nunez" finds Núñez, "ARCHÍBONG" Archibong). A word may
// also match the thing's context (the election a race is in, a candidate's party), but a match in
// the name itself ranks higher.
// It imports nothing but the accent folding: the queries run it over names read once and cached.
import { foldAccents } from "./slug";

/** A query is cut to this many characters and words: nobody types more into a search box. */
export const MAX_QUERY_LENGTH = 100;
const MAX_QUERY_WORDS = 8;

/** Suggestions under the search box, per kind of thing found. */
export const SUGGESTION_LIMIT = 5;
/** Results on the search page, per kind of thing found. */
export const RESULT_LIMIT = 25;

/** The words of a text as a search compares them: folded to plain lowercase letters and digits. */
export function searchWords(text: string): string[] {
  return foldAccents(text)
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The words of a reader's query, as searchWords gives them, cut to what a search box holds. */
export function queryWords(query: string): string[] {
  return [...new Set(searchWords(query.slice(0, MAX_QUERY_LENGTH)))].slice(0, MAX_QUERY_WORDS);
}

/** The text of a search box as it is echoed back: trimmed and cut like the query it searches. */
export function tidyQuery(query: string | string[] | undefined | null): string {
  const text = Array.isArray(query) ? (query[0] ?? "") : (query ?? "");
  return text.slice(0, MAX_QUERY_LENGTH).trim();
}

/** A thing with the words that find it folded once, so each search only compares. */
export interface SearchEntry<T> {
  item: T;
  nameWords: string[];
  contextWords: string[];
}

/** `item` as a search finds it: by its name, and by what else a reader may type to find it. */
export function searchEntry<T>(item: T, name: string, context: readonly string[] = []): SearchEntry<T> {
  return { item, nameWords: searchWords(name), contextWords: context.flatMap(searchWords) };
}

// A word of the query scores by where it is found: the whole of a word of the name ranks above the
// start of one, and the name above the context.
const WHOLE_NAME_WORD = 4;
const NAME_WORD_START = 3;
const WHOLE_CONTEXT_WORD = 2;
const CONTEXT_WORD_START = 1;
/** The name begins the way the query does: "marcus" ranks Marcus Bell above Lee Marcus. */
const SAME_START = 2;

function wordScore(word: string, entry: SearchEntry<unknown>): number {
  if (entry.nameWords.includes(word)) return WHOLE_NAME_WORD;
  if (entry.nameWords.some((w) => w.startsWith(word))) return NAME_WORD_START;
  if (entry.contextWords.includes(word)) return WHOLE_CONTEXT_WORD;
  if (entry.contextWords.some((w) => w.startsWith(word))) return CONTEXT_WORD_START;
  return 0;
}

/** How well an entry matches the query's words: 0 when one of the words is found nowhere in it. */
export function matchScore(words: readonly string[], entry: SearchEntry<unknown>): number {
  if (words.length === 0) return 0;
  let score = 0;
  for (const word of words) {
    const found = wordScore(word, entry);
    if (found === 0) return 0;
    score += found;
  }
  return entry.nameWords[0]?.startsWith(words[0]!) ? score + SAME_START : score;
}

/**
 * The entries that match every word of the query, best first, at most `limit`. Entries that match
 * equally keep the order they came in (the queries give newest elections first).
 */
export function findMatches<T>(entries: readonly SearchEntry<T>[], words: readonly string[], limit: number): T[] {
  return entries
    .map((entry, index) => ({ entry, index, score: matchScore(words, entry) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((match) => match.entry.item);
}

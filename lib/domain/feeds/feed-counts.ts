// Vote counts as feeds write them, and sums over a race's units. Feeds get no MAX_COUNT cap here: a
// state-level unit can pass ten million votes; the importer applies the desk's per-unit limits.
import { quoteValue } from "../csv-tallies";
import type { FeedUnit } from "./feed-snapshot";

export type CountRead = { value: number } | { problem: string };

export const formatCount = (value: number) => value.toLocaleString("en-US");

/** A count written as text (a CSV cell, an XML attribute): digits, optionally grouped ("5,010"). */
export function readCountText(raw: string): CountRead {
  const text = raw.trim();
  if (text === "") return { problem: "is empty" };
  const shown = quoteValue(text);
  const digits = /^\d{1,3}(,\d{3})+$/.test(text) ? text.replaceAll(",", "") : text;
  if (/^\d+$/.test(digits)) {
    const value = Number(digits);
    return Number.isSafeInteger(value) ? { value } : { problem: `${shown} is too large to be a count` };
  }
  const number = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(digits) ? Number(digits) : Number.NaN;
  if (Number.isNaN(number)) return { problem: `${shown} is not a number` };
  if (number < 0) return { problem: `${shown} is negative; a count is 0 or more` };
  if (!Number.isInteger(number)) return { problem: `${shown} is not a whole number` };
  return { problem: `${shown} is not written as a whole number in digits` };
}

/** A count in JSON: a number, whole, 0 or more. */
export function readCountValue(value: unknown): CountRead {
  if (typeof value === "string") return { problem: `${quoteValue(value)} is text, not a number` };
  if (typeof value !== "number") return { problem: value === undefined ? "is missing" : `${JSON.stringify(value)} is not a number` };
  if (value < 0) return { problem: `${value} is negative; a count is 0 or more` };
  if (!Number.isInteger(value)) return { problem: `${value} is not a whole number` };
  return Number.isSafeInteger(value) ? { value } : { problem: `${value} is too large to be a count` };
}

/** An object keyed by a feed's own ids: "__proto__" or "constructor" is a key like any other, never an inherited one. */
export function keyedRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** Votes by candidate source key, summed over units. */
export function sumUnitVotes(units: readonly FeedUnit[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const unit of units) {
    for (const [candidate, votes] of Object.entries(unit.votes)) sums.set(candidate, (sums.get(candidate) ?? 0) + votes);
  }
  return sums;
}

/**
 * Where a stated total and a computed sum disagree, one phrase per entry, in the order of `names`:
 * "Yes 805,617 against 801,232 (4,385 more)". Empty when they agree.
 */
export function countDifferences(stated: ReadonlyMap<string, number>, summed: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>): string[] {
  const phrases: string[] = [];
  for (const [key, name] of names) {
    const a = stated.get(key) ?? 0;
    const b = summed.get(key) ?? 0;
    if (a !== b) phrases.push(`${name} ${formatCount(a)} against ${formatCount(b)} (${formatCount(Math.abs(a - b))} ${a > b ? "more" : "fewer"})`);
  }
  return phrases;
}

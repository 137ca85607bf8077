// Clarity's Timestamp is local time with a US zone abbreviation ("11/20/2020 3:37:06 PM EST"), not ISO.

const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, AKST: -9, AKDT: -8, HST: -10,
};

const CLARITY_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)\s+([A-Z]{3,4})$/i;

/** The ISO time of a Clarity timestamp; null when it is not one, or its zone is not a US zone. */
export function clarityTime(text: string): string | null {
  const match = CLARITY_TIME.exec(text.trim());
  if (!match) return null;
  const [, month, day, year, hour, minute, second = "0", half, zone] = match;
  const offset = ZONE_OFFSETS[zone!.toUpperCase()];
  const [m, d, h, min, s] = [month, day, hour, minute, second].map(Number) as [number, number, number, number, number];
  if (offset === undefined || m < 1 || m > 12 || d < 1 || d > 31 || h > 12 || min > 59 || s > 59) return null;
  const hours = (h % 12) + (half!.toUpperCase() === "PM" ? 12 : 0);
  const time = new Date(Date.UTC(Number(year), m - 1, d, hours - offset, min, s));
  // 2/30 would roll over into March: refuse it rather than move the date.
  const local = new Date(time.getTime() + offset * 3_600_000);
  return local.getUTCDate() === d ? time.toISOString() : null;
}

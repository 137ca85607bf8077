export const HANDLES: Readonly<{ tagClock: symbol; readCache: symbol; pageCache: symbol; putUnitTally: symbol; eventStreams: symbol; journalOrigin: symbol }>;
export const JSON_BODY_LIMIT_BYTES: number;
export const FRONT_DOOR_HEADER: string;
export const EVERYTHING: "everything";
export const HOME: "home";
export const SEARCH: "search";
export function raceTag(slug: string): string;
export function electionTag(slug: string): string;
export function candidateTag(slug: string): string;
export function storyTag(slug: string): string;
export function deskRaceTag(slug: string): string;
export const JSON_KEYS: Readonly<{ race(slug: string): string; raceHistory(slug: string): string; election(slug: string): string }>;
export const JSON_ROUTES: ReadonlyArray<{ path: RegExp; key(slug: string): string }>;
export const EVENT_ROUTES: ReadonlyArray<{ path: RegExp; kind: "race" | "election" }>;
export const EVENT_STREAM_HEADERS: Readonly<Record<"Content-Type" | "Cache-Control" | "X-Accel-Buffering", string>>;
export const CACHED_PAGE: RegExp;
export const PAGE_SECTION_TAG: Readonly<Record<"races" | "embed/races" | "elections" | "stories", (slug: string) => string>>;
/** Whether an If-None-Match header names this ETag ("*", or one of its list, weak or strong). */
export function etagMatches(header: string | null | undefined, etag: string): boolean;

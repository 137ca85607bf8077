export interface HeaderRule {
  key: string;
  value: string;
}
export const everyRoute: HeaderRule[];
export const refuseFraming: HeaderRule[];
export const allowFraming: HeaderRule[];
/** The headers for one path, as name → value (shared and frozen). */
export function headersFor(pathname: string): Readonly<Record<string, string>>;
/** An embed is "/embed" or "/embed/…", not "/embedded". */
export function isEmbedPath(pathname: string): boolean;
/** Whether readers reach the site over https, by PUBLIC_URL (by default the environment's). */
export function publicUrlIsHttps(publicUrl?: string): boolean;
/** Strict-Transport-Security when the site is https, else nothing. */
export function transportHeaders(https?: boolean): HeaderRule[];
/** What public, cacheable answers tell shared caches. */
export const PUBLIC_CACHE_CONTROL: string;

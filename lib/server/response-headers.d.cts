export interface HeaderRule {
  key: string;
  value: string;
}
export const everyRoute: HeaderRule[];
export const refuseFraming: HeaderRule[];
export const allowFraming: HeaderRule[];
/** The headers for one path, as name → value (shared and frozen). */
export function headersFor(pathname: string): Readonly<Record<string, string>>;
/** What public, cacheable answers tell shared caches. */
export const PUBLIC_CACHE_CONTROL: string;

export interface HeaderRule {
  key: string;
  value: string;
}
export const everyRoute: HeaderRule[];
export const refuseFraming: HeaderRule[];
export const allowFraming: HeaderRule[];
/** The headers for one path, as name → value. */
export function headersFor(pathname: string): Record<string, string>;

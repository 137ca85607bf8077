/** Where the page cache keeps a stored page's script hashes, among the headers Next sends with it. */
export const SCRIPT_HASHES_HEADER: string;
/** The hash sources ('sha256-…') of a page's inline scripts, each once, in page order. */
export function scriptHashes(html: string): string[];
/** A nonce for one response's scripts. */
export function newNonce(): string;
/** The policy, for a page whose inline scripts are `scripts` ('nonce-…' or 'sha256-…' sources). */
export function contentSecurityPolicy(options: { scripts: readonly string[]; framable: boolean; https: boolean }): string;
/** The policy of the page at `pathname`: framable when it is an embed; photos by https only when the site is https. */
export function pagePolicy(pathname: string, scripts: readonly string[]): string;

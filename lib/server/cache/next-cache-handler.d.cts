/** Next's page cache (ISR) for this app, as Next calls it: see next-cache-handler.cjs. */
declare class ReaderPageCache {
  get(key: string): Promise<{ value: unknown; lastModified: number; cacheControl: unknown } | null>;
  set(key: string, data: unknown, ctx: { cacheControl?: unknown; fetchCache?: boolean }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
export = ReaderPageCache;

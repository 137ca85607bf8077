/** Milliseconds on a clock that never runs backwards within the process. */
export function now(): number;
/** Marks every tag invalidated as of now. */
export function invalidateTags(tags: Iterable<string>): void;
/** Whether one of the tags was invalidated at or after `since`. */
export function invalidatedSince(tags: Iterable<string>, since: number): boolean;
/**
 * Calls `listener` with the tags of every invalidation from now on, made here or applied from
 * another instance, after the clock has recorded it. Returns the function that stops it.
 */
export function onInvalidation(listener: (tags: readonly string[]) => void): () => void;

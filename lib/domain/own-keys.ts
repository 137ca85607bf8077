// Objects keyed by what a caller typed (candidate slugs in a tally, names in a form). Such a key must
// only ever find the caller's own entries: `constructor`, `toString` or `__proto__` are a typo or a
// probe, never something inherited from Object.prototype. Maps, or these helpers, keep it so.
import { z } from "zod";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** The entry the record itself holds for `key`, never one it inherits. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Like `z.record(key, value)`, except that every key the sender wrote reaches the rules: z.record
 * silently drops `__proto__`, so a write naming it would be "accepted" with nothing changed instead
 * of refused. The result has no prototype, so no key can reach one.
 */
export function ownKeyRecord<V extends z.ZodType>(key: z.ZodType<string, string>, value: V) {
  return z.unknown().transform((input, ctx) => {
    const record: Record<string, z.output<V>> = Object.create(null) as Record<string, z.output<V>>;
    if (!isPlainObject(input)) {
      ctx.addIssue({ code: "invalid_type", expected: "record", input, message: "must be an object of names to values" });
      return z.NEVER;
    }
    for (const [name, raw] of Object.entries(input)) {
      const checkedKey = key.safeParse(name);
      if (!checkedKey.success) {
        ctx.addIssue({ code: "invalid_key", origin: "record", input: name, path: [name], issues: checkedKey.error.issues, message: `"${name}" is not a valid name here` });
        continue;
      }
      const checked = value.safeParse(raw);
      if (checked.success) record[checkedKey.data] = checked.data;
      else for (const issue of checked.error.issues) ctx.addIssue({ ...issue, path: [name, ...issue.path] });
    }
    return record;
  });
}

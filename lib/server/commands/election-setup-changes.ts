import "server-only";
// What an edit actually changes, for the audit log and to skip writing when nothing does (a desk
// form saved twice should not fill the log).

export interface FieldChanges {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export function fieldChanges<T extends Record<string, unknown>>(current: T, edit: Partial<T>): FieldChanges | null {
  const keys = Object.keys(edit).filter((key) => edit[key] !== undefined && JSON.stringify(edit[key]) !== JSON.stringify(current[key]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((key) => [key, current[key]])),
    after: Object.fromEntries(keys.map((key) => [key, edit[key]])),
  };
}

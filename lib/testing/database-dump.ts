// Every row of every table, for tests that prove a refused request changed nothing.
import Database from "better-sqlite3";

export function databaseDump(url: string): Record<string, unknown[]> {
  const sqlite = new Database(url.replace(/^file:/, ""), { readonly: true });
  try {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}

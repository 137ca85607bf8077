// Puts a SQLite database in write-ahead-log mode once, after migrations: readers then never wait on
// the writer, which is what a results page under election-night traffic needs. WAL is stored in the
// database file, so it holds for every later connection. PostgreSQL URLs are left alone.
import Database from "better-sqlite3";
import { databaseUrl, sqliteFilePath } from "../lib/server/database-url";

const url = databaseUrl();
if (url.startsWith("file:")) {
  const sqlite = new Database(sqliteFilePath(url));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

// The kept statements behave as freshly prepared ones would: each use runs with its own values, a
// raw read does not make the next read raw, and statements dropped from the kept set still work.
import Database from "better-sqlite3";
import { expect, test } from "vitest";
import { keepPreparedStatements, runSqliteBatch } from "./sqlite-statements";
import { Prisma } from "@/lib/generated/prisma/client";

function connection() {
  const sqlite = keepPreparedStatements(new Database(":memory:"));
  sqlite.exec(`CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "name" TEXT, "flag" INTEGER)`);
  return sqlite;
}

test("one statement, used the way Prisma's adapter uses it, runs with each call's values", () => {
  const sqlite = connection();
  const insert = `INSERT INTO "T" ("id", "name", "flag") VALUES (?, ?, ?)`;
  expect(sqlite.prepare(insert).bind([1, "one", 1]).run().changes).toBe(1);
  expect(sqlite.prepare(insert).bind([2, "two", 0]).run().changes).toBe(1);
  const select = `SELECT "id", "name" FROM "T" WHERE "id" = ?`;
  const bound = sqlite.prepare(select).bind([2]);
  expect(bound.reader).toBe(true);
  expect(bound.columns().map((c) => c.name)).toEqual(["id", "name"]);
  expect(bound.raw().all()).toEqual([[2, "two"]]);
  // The raw read above leaves the kept statement as it found it.
  expect(sqlite.prepare(select).bind([1]).all()).toEqual([{ id: 1, name: "one" }]);
});

test("statements beyond the kept set are prepared again and still answer", () => {
  const sqlite = connection();
  for (let i = 0; i < 250; i++) sqlite.prepare(`INSERT INTO "T" ("id", "name") VALUES (?, '${i}')`).bind([i]).run();
  expect(sqlite.prepare(`INSERT INTO "T" ("id", "name") VALUES (?, '0')`).bind([1000]).run().changes).toBe(1);
  expect(sqlite.prepare(`SELECT COUNT(*) AS "n" FROM "T"`).bind().get()).toEqual({ n: 251 });
});

test("a batch runs whole, with booleans, times and bytes bound as Prisma's adapter binds them, or not at all", () => {
  const sqlite = connection();
  sqlite.exec(`CREATE TABLE "V" ("flag" INTEGER, "at" TEXT, "bytes" BLOB)`);
  const at = new Date("2026-11-03T20:00:00.000Z");
  expect(runSqliteBatch(sqlite, [Prisma.sql`INSERT INTO "V" VALUES (${true}, ${at}, ${new Uint8Array([1, 2])})`, Prisma.sql`UPDATE "V" SET "flag" = 2 WHERE 0`])).toEqual([1, 0]);
  expect(sqlite.prepare(`SELECT * FROM "V"`).bind().get()).toEqual({ flag: 1, at: "2026-11-03T20:00:00.000+00:00", bytes: Buffer.from([1, 2]) });
  expect(() => runSqliteBatch(sqlite, [Prisma.sql`INSERT INTO "V" VALUES (${false}, NULL, NULL)`, Prisma.sql`INSERT INTO "Nowhere" VALUES (1)`])).toThrow(/no such table/);
  expect(sqlite.prepare(`SELECT COUNT(*) AS "n" FROM "V"`).bind().get()).toEqual({ n: 1 });
});

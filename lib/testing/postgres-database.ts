// Synchronous helpers for throwaway PostgreSQL databases, through `psql`: tests build their
// database at module top, before any server module is imported, so nothing here may await.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

/** Runs SQL (several statements allowed) and returns what psql prints, unaligned, without headers. */
export function psql(url: string, sql: string): string {
  return execFileSync("psql", ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, PGOPTIONS: "-c client_min_messages=warning", PGCLIENTENCODING: "UTF8" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Runs a SQL file in one transaction. */
export function psqlFile(url: string, file: string): void {
  execFileSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-d", url, "-f", file], {
    env: { ...process.env, PGOPTIONS: "-c client_min_messages=warning" },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrlOn(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}

function quotedName(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name "${name}".`);
  return `"${name}"`;
}

/** Creates an empty database on the server (a fresh, unique name unless given) and returns its URL. */
export function createDatabase(serverUrl: string, name = `test_${process.pid}_${randomBytes(4).toString("hex")}`): string {
  psql(serverUrl, `CREATE DATABASE ${quotedName(name)}`);
  return databaseUrlOn(serverUrl, name);
}

/** Drops a database, closing whatever connections are still open to it. */
export function dropDatabase(url: string): void {
  psql(databaseUrlOn(url, "postgres"), `DROP DATABASE IF EXISTS ${quotedName(databaseName(url))} WITH (FORCE)`);
}

// The batch runner against a real database: a batch lands whole or not at all; on SQLite it runs on
// Prisma's connection directly when Prisma holds no transaction there, and waits its turn when it
// does; a batch PostgreSQL aborts for a deadlock is run again.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, expect, test, vi } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const database = createTestDatabase();
const { asTimestamp, runBatch, runPrismaBatch } = await import("./sql-dialect");
const { db } = await import("@/lib/server/db");
const { Prisma } = await import("@/lib/generated/prisma/client");

afterAll(() => database.remove());

const insertElection = (slug: string) =>
  Prisma.sql`INSERT INTO "Election" ("id", "slug", "name", "date", "jurisdiction", "updatedAt")
    VALUES (${slug}, ${slug}, ${slug}, ${asTimestamp("2026-11-03T00:00:00.000+00:00")}, ${"Test"}, ${asTimestamp("2026-11-30T00:00:00.000+00:00")})`;
const elections = async () => (await database.client.election.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((e) => e.slug);

test("a batch answers each statement's changed rows, and lands whole", async () => {
  const changes = await runBatch(() => [insertElection("batch-a"), insertElection("batch-b"), Prisma.sql`UPDATE "Election" SET "name" = 'x' WHERE "slug" = 'nobody'`]);
  expect(changes).toEqual([1, 1, 0]);
  expect(await elections()).toEqual(["batch-a", "batch-b"]);
});

test("a batch with a failing statement leaves nothing of its earlier ones", async () => {
  // The second insert repeats the first's id.
  await expect(runBatch(() => [insertElection("batch-c"), insertElection("batch-c")])).rejects.toThrow();
  expect(await elections()).toEqual(["batch-a", "batch-b"]);
});

test("while Prisma holds a transaction, a batch waits its turn and never joins it", async () => {
  let batch: Promise<number[]> | undefined;
  await expect(
    db.$transaction(async (tx) => {
      await tx.$executeRaw(insertElection("held-1"));
      // The batch starts while the transaction is open and not yet decided.
      batch = runBatch(() => [insertElection("batch-d")]);
      await sleep(50);
      throw new Error("the transaction gives up");
    }),
  ).rejects.toThrow("the transaction gives up");
  expect(await batch).toEqual([1]);
  // The transaction rolled back alone: the batch, run after it, stands.
  expect(await elections()).toEqual(["batch-a", "batch-b", "batch-d"]);
});

test("batches, Prisma's batches and interactive transactions at once: every one lands", async () => {
  const slugs = (prefix: string) => Array.from({ length: 20 }, (_, i) => `${prefix}-${String(i).padStart(2, "0")}`);
  await Promise.all([
    ...slugs("direct").map((slug) => runBatch(() => [insertElection(slug)])),
    ...slugs("prisma").map((slug) => db.$transaction([db.$executeRaw(insertElection(slug))])),
    ...slugs("interactive").slice(0, 2).map((slug) => db.$transaction(async (tx) => tx.$executeRaw(insertElection(slug)))),
  ]);
  const landed = await elections();
  for (const slug of [...slugs("direct"), ...slugs("prisma"), ...slugs("interactive").slice(0, 2)]) expect(landed).toContain(slug);
});

test("a batch the database aborts for a deadlock (P2034) is run again, and lands once", async () => {
  const deadlock = new Prisma.PrismaClientKnownRequestError("Transaction failed due to a write conflict or a deadlock.", { code: "P2034", clientVersion: "test" });
  const transaction = vi.spyOn(db, "$transaction").mockRejectedValueOnce(deadlock);
  try {
    expect(await runPrismaBatch(() => [db.$executeRaw(insertElection("batch-e"))])).toEqual([1]);
    expect(transaction).toHaveBeenCalledTimes(2);
  } finally {
    transaction.mockRestore();
  }
  expect(await elections()).toContain("batch-e");
});

test("any other failure of a batch is not retried", async () => {
  const transaction = vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("disk I/O error"));
  try {
    await expect(runPrismaBatch(() => [db.$executeRaw(insertElection("batch-f"))])).rejects.toThrow("disk I/O error");
    expect(transaction).toHaveBeenCalledTimes(1);
  } finally {
    transaction.mockRestore();
  }
  expect(await elections()).not.toContain("batch-f");
});

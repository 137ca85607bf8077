// Guards issue 11: `PUT /api/v1/candidates/{slug}/photo` checks who is calling before it reads the
// upload. An anonymous or staff caller sending 2 MB is refused (401, 403) with not one chunk of the
// body pulled; an editor's upload is read and stored.
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase } from "@/lib/testing/test-database";

const database = createTestDatabase();
const { PUT } = await import("./route");
const { createUser, createApiKey } = await import("@/lib/server/commands/accounts");
const { COMMAND_LINE } = await import("@/lib/server/auth/actor");

const SLUG = "liliana-bakhtiari";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const keys: Record<"staff" | "editor", string> = { staff: "", editor: "" };

beforeAll(async () => {
  await loadDemoElections(database.client, [atlanta2017]);
  for (const role of ["staff", "editor"] as const) {
    await createUser(COMMAND_LINE, { email: `${role}@example.org`, name: `A ${role}`, role });
    keys[role] = (await createApiKey(COMMAND_LINE, { email: `${role}@example.org` })).key;
  }
});
afterAll(() => database.remove());

/** A 2 MB PNG-looking upload that counts every chunk the server pulls from it. */
function countedUpload(size = 2 * 1024 * 1024) {
  const chunk = 64 * 1024;
  let sent = 0;
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulls += 1;
        const piece = new Uint8Array(Math.min(chunk, size - sent)).fill(0x20);
        if (sent === 0) piece.set(PNG_SIGNATURE);
        sent += piece.byteLength;
        controller.enqueue(piece);
        if (sent >= size) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, pulls: () => pulls };
}

function put(upload: ReturnType<typeof countedUpload>, authorization?: string) {
  const request = new Request(`http://localhost/api/v1/candidates/${SLUG}/photo`, {
    method: "PUT",
    body: upload.body,
    headers: { "content-type": "image/png", ...(authorization && { authorization }) },
    duplex: "half",
  } as RequestInit);
  return PUT(request, { params: Promise.resolve({ slug: SLUG }) });
}

test.each([
  ["an anonymous caller", undefined, 401, "unauthenticated"],
  ["a staff member's key", "staff", 403, "forbidden"],
  ["a key that does not exist", "made-up", 401, "unauthenticated"],
] as const)("%s sending 2 MB is refused without the body being read, and nothing changes", async (_who, role, status, code) => {
  const dump = databaseDump(database.url);
  const upload = countedUpload();
  const authorization = role === undefined ? undefined : `Bearer ${role === "made-up" ? "rd_made-up" : keys[role]}`;
  const response = await put(upload, authorization);
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
  expect(upload.pulls()).toBe(0);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("an editor's upload is read and stored", async () => {
  const upload = countedUpload(200 * 1024);
  const response = await put(upload, `Bearer ${keys.editor}`);
  expect(response.status).toBe(200);
  expect(((await response.json()) as { photoUrl: string }).photoUrl).toMatch(new RegExp(`^/api/v1/candidates/${SLUG}/photo\\?v=[0-9a-f]{12}$`));
  expect(upload.pulls()).toBeGreaterThan(1);
  const stored = await database.client.candidatePhoto.findFirstOrThrow({ where: { candidate: { slug: SLUG } }, select: { contentType: true, bytes: true } });
  expect([stored.contentType, stored.bytes.byteLength]).toEqual(["image/png", 200 * 1024]);
});

test("an editor's upload over 2 MB is a 413, cut off once the limit is passed", async () => {
  const upload = countedUpload(3 * 1024 * 1024);
  const response = await put(upload, `Bearer ${keys.editor}`);
  expect(response.status).toBe(413);
  expect(upload.pulls()).toBeLessThanOrEqual(2 * 16 + 2);
});

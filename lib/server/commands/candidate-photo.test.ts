import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { setCandidatePhoto, candidatePhoto } = await import("./candidate-photo");
const { payloadTooLarge } = await import("@/lib/server/errors");

const editor: Actor = { userId: "e", name: "Erin Editor", email: "e@example.org", role: "editor", via: "session" };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const upload = (bytes: Uint8Array) => () => Promise.resolve(bytes);

beforeAll(() => loadDemoElections(database.client, [atlanta2017]));
afterAll(() => database.remove());

test("an editor uploads a PNG: it is stored, served, and the profile points at it", async () => {
  const { photoUrl } = await setCandidatePhoto(editor, "natalyn-archibong", upload(PNG));
  expect(photoUrl).toMatch(/^\/api\/v1\/candidates\/natalyn-archibong\/photo\?v=[0-9a-f]{12}$/);
  expect(await candidatePhoto("natalyn-archibong")).toMatchObject({ contentType: "image/png", bytes: PNG });
  expect((await database.client.candidate.findUniqueOrThrow({ where: { slug: "natalyn-archibong" } })).photoUrl).toBe(photoUrl);
});

test("staff, non-images, empty and oversize files are refused and nothing changes", async () => {
  const dump = databaseDump(database.url);
  const cases: [Actor | null, Uint8Array, number][] = [
    [null, PNG, 401],
    [{ ...editor, role: "staff" }, PNG, 403],
    [editor, new TextEncoder().encode("<svg/>"), 422],
    [editor, new Uint8Array(), 422],
    [editor, new Uint8Array(2 * 1024 * 1024 + 1).fill(0xff), 413],
  ];
  for (const [actor, bytes, status] of cases) {
    expect((await refusal(setCandidatePhoto(actor, "liliana-bakhtiari", upload(bytes)))).status).toBe(status);
  }
  expect(databaseDump(database.url)).toEqual(dump);
});

// Guards issue 11: the upload is read only after the role check, and only for a candidate that
// exists; a refused caller's upload is never read at all.
test("the upload is read only once an editor asks about a candidate that exists", async () => {
  let reads = 0;
  const counted = () => {
    reads += 1;
    return Promise.resolve(PNG);
  };
  expect((await refusal(setCandidatePhoto(null, "liliana-bakhtiari", counted))).status).toBe(401);
  expect((await refusal(setCandidatePhoto({ ...editor, role: "staff" }, "liliana-bakhtiari", counted))).status).toBe(403);
  expect((await refusal(setCandidatePhoto(editor, "nobody", counted))).status).toBe(404);
  expect(reads).toBe(0);
  await setCandidatePhoto(editor, "liliana-bakhtiari", counted);
  expect(reads).toBe(1);
});

test("an upload that could not be read is refused with its own error, and nothing changes", async () => {
  const { UnreadableBody } = await import("@/lib/server/request-body");
  const dump = databaseDump(database.url);
  const tooLarge = payloadTooLarge("The request body is larger than 2048 KB.");
  const error = await refusal(setCandidatePhoto(editor, "natalyn-archibong", () => Promise.resolve(new UnreadableBody(tooLarge))));
  expect(error).toBe(tooLarge);
  expect(databaseDump(database.url)).toEqual(dump);
});

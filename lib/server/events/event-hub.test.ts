// Integration tests of the event streams against a real database, through the route handlers Next
// serves them with (the front door opens the same hub): a reader's stream starts with the current
// race and receives each change once, only its own race's, and a reconnect resumes where it was.
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const { writeUnitTally, currentUnit } = await import("@/lib/server/commands/write-unit-tally");
const { callRace } = await import("@/lib/server/commands/call-race");
const { closeAllStreams, streamCounts } = await import("./event-hub");
const raceEvents = await import("@/app/api/v1/races/[slug]/events/route");
const electionEvents = await import("@/app/api/v1/elections/[slug]/events/route");

const DISTRICT_5 = "atlanta-2017-council-district-5";
const MAYOR = "demo-county-mayor";
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "session" };
const editor: Actor = { ...staff, userId: "user-editor", name: "Eve Editor", role: "editor" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017, demoCounty]));
afterAll(() => database.remove());

interface StreamEvent {
  id: string;
  event: string;
  data: string;
}

/** A reader of one stream, as a browser's EventSource parses it. */
class StreamReader {
  private buffer = "";
  private reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  /** A read that outlived a timeout: the next call takes its chunk rather than losing it. */
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  private readonly decoder = new TextDecoder();
  retry: string | null = null;
  constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {}

  /** The next event, or null when none comes within `withinMs` or the stream ends. */
  async next(withinMs = 2_000): Promise<StreamEvent | null> {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const end = this.buffer.indexOf("\n\n");
      if (end >= 0) {
        const frame = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const fields = Object.fromEntries(frame.split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]));
        if (fields.retry) this.retry = fields.retry;
        if (fields.event) return { id: fields.id!, event: fields.event, data: fields.data! };
        continue;
      }
      const left = deadline - Date.now();
      if (left <= 0) return null;
      this.reader ??= this.response.body!.getReader();
      this.pending ??= this.reader.read();
      const chunk = await Promise.race([this.pending, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), left))]);
      if (chunk === "timeout") return null;
      this.pending = null;
      if (chunk.done) return null;
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }

  close() {
    this.abort.abort();
    void this.reader?.cancel();
  }
}

async function open(kind: "race" | "election", slug: string, lastEventId?: string): Promise<StreamReader> {
  const abort = new AbortController();
  const request = new Request(`http://localhost/api/v1/${kind}s/${slug}/events`, { headers: lastEventId ? { "Last-Event-ID": lastEventId } : {}, signal: abort.signal });
  const route = kind === "race" ? raceEvents : electionEvents;
  return new StreamReader(await route.GET(request, { params: Promise.resolve({ slug }) }), abort);
}

async function writeDekalb(votes: Record<string, number>) {
  const { version } = await currentUnit(DISTRICT_5, "dekalb");
  await writeUnitTally(staff, DISTRICT_5, "dekalb", { version, votes });
}

test("a stream starts with the race as the JSON API has it, then sends each change of that race, and only of that race", async () => {
  const stream = await open("race", DISTRICT_5);
  expect(stream.response.headers.get("Content-Type")).toBe("text/event-stream; charset=utf-8");
  expect(stream.response.headers.get("X-Accel-Buffering")).toBe("no");
  expect(stream.response.headers.get("Cache-Control")).toMatch(/no-cache/);

  const first = await stream.next();
  expect(stream.retry).toBe("3000");
  expect(first?.event).toBe("race");
  const race = JSON.parse(first!.data);
  expect(race.margin.votes).toBe(252);
  expect(first!.id).toBe(String(race.version));

  // Another race's write sends nothing on this stream.
  const mayorUnit = demoCounty.races.find((r) => r.slug === MAYOR)!.units[0]!.slug;
  await writeUnitTally(staff, MAYOR, mayorUnit, { version: (await currentUnit(MAYOR, mayorUnit)).version, votes: { "rosa-delgado": 99_999 } });
  expect(await stream.next(300)).toBeNull();
  await writeDekalb({ "liliana-bakhtiari": 1300 });
  const change = await stream.next();
  expect(change?.event).toBe("race");
  expect(JSON.parse(change!.data).margin.votes).toBe(149);
  expect(Number(change!.id)).toBe(race.version + 1);

  // A call is a change too, with its editor's note.
  await callRace(editor, DISTRICT_5, { status: "called", winners: ["natalyn-archibong"], note: "Every precinct in." });
  const called = JSON.parse((await stream.next())!.data);
  expect(called.call.status).toBe("called");
  expect(await stream.next(300)).toBeNull();
  stream.close();
});

test("a reconnect that has the current version waits for the next change; one that missed versions gets the current state at once", async () => {
  const probe = await open("race", DISTRICT_5);
  const current = (await probe.next())!;
  probe.close();

  const upToDate = await open("race", DISTRICT_5, current.id);
  const behind = await open("race", DISTRICT_5, String(Number(current.id) - 1));
  expect((await behind.next())?.id).toBe(current.id);
  expect(await upToDate.next(300)).toBeNull();

  await writeDekalb({ "liliana-bakhtiari": 1310 });
  expect(Number((await upToDate.next())?.id)).toBe(Number(current.id) + 1);
  expect(Number((await behind.next())?.id)).toBe(Number(current.id) + 1);
  upToDate.close();
  behind.close();
});

test("many readers of one race share one topic, each receives the change once, and leaving frees them", async () => {
  const before = streamCounts();
  const streams = await Promise.all(Array.from({ length: 50 }, () => open("race", DISTRICT_5)));
  await Promise.all(streams.map((stream) => stream.next()));
  expect(streamCounts().streams).toBe(before.streams + 50);

  await writeDekalb({ "liliana-bakhtiari": 1320 });
  const changes = await Promise.all(streams.map((stream) => stream.next()));
  expect(new Set(changes.map((change) => change?.data)).size).toBe(1);
  expect(JSON.parse(changes[0]!.data).candidates.find((c: { slug: string }) => c.slug === "liliana-bakhtiari").votes).toBeGreaterThan(0);
  expect(await Promise.all(streams.map((stream) => stream.next(100)))).toEqual(streams.map(() => null));

  for (const stream of streams) stream.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(streamCounts()).toEqual(before);
});

test("an election's stream sends its race list again when one of its races changes", async () => {
  const stream = await open("election", atlanta2017.slug);
  const first = await stream.next();
  expect(first?.event).toBe("election");
  const district5 = () => (JSON.parse(first!.data).races as { slug: string }[]).find((race) => race.slug === DISTRICT_5);
  expect(district5()).toBeDefined();

  await writeDekalb({ "liliana-bakhtiari": 1330 });
  const change = await stream.next();
  expect(change?.event).toBe("election");
  expect(change!.id).not.toBe(first!.id);
  const race = (JSON.parse(change!.data).races as { slug: string; candidates: { slug: string; votes: number }[] }[]).find((r) => r.slug === DISTRICT_5)!;
  expect(race.candidates.find((c) => c.slug === "liliana-bakhtiari")!.votes).toBe(JSON.parse(first!.data).races.find((r: { slug: string }) => r.slug === DISTRICT_5).candidates.find((c: { slug: string }) => c.slug === "liliana-bakhtiari").votes + 10);
  stream.close();
});

test("an unknown race or election is a 404 with the API's error envelope, not a stream", async () => {
  for (const kind of ["race", "election"] as const) {
    const { response } = await open(kind, "no-such-thing");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: `The ${kind} was not found.` } });
  }
});

test("shutting down ends every stream", async () => {
  const stream = await open("race", DISTRICT_5);
  await stream.next();
  closeAllStreams();
  expect(await stream.next(500)).toBeNull();
  expect(streamCounts().streams).toBe(0);
});

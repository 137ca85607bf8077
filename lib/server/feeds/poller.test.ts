// The pollers against a feed server on 127.0.0.1 (allowed through FEED_ALLOWED_HOSTS, as a newsroom
// would allow its own mirror) serving the recorded payloads of ../shared/fixtures/feeds, on a real
// database: what each format asks, in what order, with which headers; what reaches the importer;
// and what is recorded on the source when the feed fails, is slow, is too large or is not allowed.
// The importer is a stand-in that keeps a snapshot row per payload, as importFeedSnapshot does.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from "vitest";
import type { FeedImportReport } from "@/lib/domain/feeds/feed-import";
import type { Actor } from "@/lib/server/auth/actor";
import { reply, startFeedServer, type FeedServer } from "@/lib/testing/feed-server";
import { createTestDatabase } from "@/lib/testing/test-database";

process.env.FEED_ALLOWED_HOSTS = "127.0.0.1";
process.env.AP_API_KEY = "test-ap-key-s3cret";
const database = createTestDatabase();
const { createElection } = await import("@/lib/server/commands/create-election");
const { addFeedSource, updateFeedSource } = await import("@/lib/server/commands/feed-sources");
const { listFeedSources } = await import("@/lib/server/queries/feed-sources");
const { FeedPoller } = await import("./poller");
const { soleInstance } = await import("./poller-leadership");
const { feedHttpOptions } = await import("./feed-settings");
const { env } = await import("@/lib/server/env");
const { CommandError } = await import("@/lib/server/errors");
type PolledSnapshotMeta = import("./poll-types").PolledSnapshotMeta;
type PolledSource = import("./poll-types").PolledSource;

const FIXTURES = "../shared/fixtures/feeds";
const fixture = (path: string) => readFileSync(`${FIXTURES}/${path}`);
const editor: Actor = { userId: "user-editor", name: "Eve Editor", email: "editor@example.org", role: "editor", via: "session" };
const ELECTION = "feeds-2020-general";

let server: FeedServer;
let electionId: string;

interface Applied {
  source: PolledSource;
  body: string;
  meta: PolledSnapshotMeta;
}
let applied: Applied[] = [];
let refuseNext: string | null = null;

const report = (snapshotId: string, unchanged: boolean): FeedImportReport => ({ snapshotId, unchanged, dryRun: false, isTest: false, races: [], problems: [] });

/** The importer's stand-in: keeps a snapshot row per payload, answers `unchanged` for the bytes last applied. */
async function apply(source: PolledSource, bytes: Uint8Array, meta: PolledSnapshotMeta): Promise<FeedImportReport> {
  applied.push({ source, body: Buffer.from(bytes).toString("utf8"), meta });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const last = await database.client.feedSnapshot.findFirst({ where: { electionId, status: { not: "refused" } }, orderBy: [{ receivedAt: "desc" }, { id: "desc" }], select: { sha256: true } });
  const status = refuseNext ? "refused" : last?.sha256 === sha256 ? "unchanged" : "applied";
  const snapshot = await database.client.feedSnapshot.create({
    data: {
      electionId,
      sourceId: meta.sourceId,
      origin: meta.origin,
      format: source.format,
      requestUrl: meta.requestUrl,
      etag: meta.etag ?? null,
      sourceVersion: meta.sourceVersion ?? null,
      sha256,
      byteLength: bytes.byteLength,
      bytes: new Uint8Array(gzipSync(bytes)),
      status,
      actorLabel: "Feed poller",
    },
  });
  if (refuseNext) {
    const problems = [{ where: "races[0]", message: refuseNext }];
    refuseNext = null;
    throw new CommandError("feed_refused", "The snapshot has problems.", { ...report(snapshot.id, false), problems });
  }
  return report(snapshot.id, status === "unchanged");
}

function poller(http = feedHttpOptions()) {
  return new FeedPoller({ apply, leadership: soleInstance, http, apKey: env.AP_API_KEY });
}

async function sourceRow(id: string) {
  return database.client.feedSource.findUniqueOrThrow({ where: { id } });
}

/** Makes a source due now, as if its interval had passed. */
const makeDue = (id: string) => database.client.feedSource.update({ where: { id }, data: { nextFetchAt: new Date(Date.now() - 1) } });

const secondsUntil = (date: Date | null) => Math.round((date!.getTime() - Date.now()) / 1000);

beforeAll(async () => {
  server = await startFeedServer();
  await createElection(editor, { name: "Feeds general", date: "2020-11-03", jurisdiction: "Georgia", slug: ELECTION });
  electionId = (await database.client.election.findUniqueOrThrow({ where: { slug: ELECTION } })).id;
});
beforeEach(() => {
  applied = [];
  refuseNext = null;
});
afterEach(async () => {
  // Each test's sources stop here, so the next test's poller sees only its own.
  await database.client.feedSource.updateMany({ data: { paused: true } });
});
afterAll(async () => {
  await server.close();
  await database.remove();
});

/** AP's recorded answer with its nextrequest pointing at the test server (path and query untouched). */
function apAnswer(file: string, change: (json: Record<string, unknown>) => void = () => {}): string {
  const json = JSON.parse(fixture(file).toString("utf8").replaceAll("http://api.ap.org", server.origin));
  change(json);
  return JSON.stringify(json);
}
const nextRequestOf = (body: string) => JSON.parse(body).nextrequest as string;

test("AP: the first request is the source URL, then always the nextrequest exactly as given; the key only ever in the header", async () => {
  const first = "/v3/elections/2015-11-03?level=ru&format=json&officeID=G,I&statePostal=KY,CO";
  const answer = apAnswer("ap/elex__20151103_national.json");
  const next = nextRequestOf(answer);
  expect(next).toContain("minDateTime=2015-11-04T19%3a14%3a28.000Z");
  server.route(first, reply(200, answer, { "content-type": "application/json", etag: '"full-1"' }));
  const delta = apAnswer("ap/elex__20151103_national.json", (json) => {
    json.races = [];
    json.nextrequest = `${server.origin}/v3/elections/2015-11-03?level=ru&format=json&minDateTime=2015-11-04T19%3a15%3a00.000Z`;
  });
  server.route(next.slice(server.origin.length), reply(200, delta, { "content-type": "application/json" }));

  const source = await addFeedSource(editor, ELECTION, { name: "AP", format: "ap-json", url: `${server.origin}${first}`, intervalSeconds: 5 });
  const requestsBefore = server.requests.length;
  await poller().pollDue();
  await makeDue(source.id);
  await poller().pollDue();

  const asked = server.requests.slice(requestsBefore);
  expect(asked.map((r) => r.url)).toEqual([first, next.slice(server.origin.length)]);
  for (const request of asked) {
    expect(request.headers["x-api-key"]).toBe("test-ap-key-s3cret");
    expect(request.url).not.toContain("s3cret");
    expect(request.headers["accept-encoding"]).toBe("gzip");
  }
  expect(applied.map((a) => a.meta)).toEqual([
    { origin: "poller", sourceId: source.id, requestUrl: `${server.origin}${first}`, etag: '"full-1"' },
    { origin: "poller", sourceId: source.id, requestUrl: next },
  ]);
  expect(applied[0]!.body).toBe(answer);
  const row = await sourceRow(source.id);
  expect(row.nextRequest).toBe(JSON.parse(delta).nextrequest);
  expect([row.failures, row.lastError, row.lastFetchAt !== null, row.lastChangeAt !== null]).toEqual([0, null, true, true]);
  expect(secondsUntil(row.nextFetchAt)).toBe(5);
  // Nothing the desk stores or shows holds the key.
  const stored = JSON.stringify([await database.client.feedSnapshot.findMany({ select: { requestUrl: true, report: true } }), row]);
  expect(stored).not.toContain("s3cret");
});

test("AP: while isTruncated is true the poller asks the nextrequest again at once, in the same poll", async () => {
  const races = JSON.parse(fixture("ap/elex__20151103_national.json").toString("utf8")).races as unknown[];
  const page = (n: number, truncated: boolean, body: unknown[]) =>
    JSON.stringify({ electionDate: "2015-11-03", timestamp: "2015-11-10T18:55:18.832Z", races: body, isTruncated: truncated, nextrequest: `${server.origin}/trunc?page=${n + 1}` });
  server.route("/trunc?page=1", reply(200, page(1, true, races.slice(0, 2))));
  server.route("/trunc?page=2", reply(200, page(2, true, races.slice(2, 4))));
  server.route("/trunc?page=3", reply(200, page(3, false, races.slice(4))));
  const source = await addFeedSource(editor, ELECTION, { name: "AP truncated", format: "ap-json", url: `${server.origin}/trunc?page=1` });
  await poller().pollDue();
  expect(applied.map((a) => a.meta.requestUrl)).toEqual([1, 2, 3].map((n) => `${server.origin}/trunc?page=${n}`));
  expect(applied.map((a) => JSON.parse(a.body).races.length)).toEqual([2, 2, 1]);
  expect((await sourceRow(source.id)).nextRequest).toBe(`${server.origin}/trunc?page=4`);
});

test("AP: 403 Over quota limit (XML, though JSON was asked for) backs off, waits out the quota, records the error, and asks the same again", async () => {
  const overQuota = '<?xml version="1.0" encoding="utf-8"?><Error><Code>403</Code><Message>Over quota limit.</Message></Error>';
  server.route("/quota", reply(403, overQuota, { "content-type": "application/xml", "x-electionsapi-Q-minute-available": "0", "x-electionsapi-Q-minute-allowed": "10" }));
  const source = await addFeedSource(editor, ELECTION, { name: "AP quota", format: "ap-json", url: `${server.origin}/quota`, intervalSeconds: 5 });
  await poller().pollDue();
  let row = await sourceRow(source.id);
  expect(applied).toEqual([]);
  expect([row.failures, row.lastError, row.nextRequest]).toEqual([1, "AP answered 403 (forbidden): over quota limit. Asking again later.", null]);
  expect(row.lastErrorAt).not.toBeNull();
  expect(row.lastFetchAt).toBeNull();
  // Backoff alone would be 10 s; the exhausted minute is waited out.
  expect(secondsUntil(row.nextFetchAt)).toBe(60);

  server.route("/quota", reply(403, overQuota, { "content-type": "application/xml" }));
  await makeDue(source.id);
  await poller().pollDue();
  row = await sourceRow(source.id);
  expect([row.failures, secondsUntil(row.nextFetchAt)]).toEqual([2, 20]);
  expect(server.requests.filter((r) => r.url === "/quota")).toHaveLength(2);
});

test("a 5xx backs off, doubling to 10 minutes at most; success resets the failures", async () => {
  server.route("/flaky.csv", reply(503, "try later"));
  const source = await addFeedSource(editor, ELECTION, { name: "Flaky", format: "openelections-csv", url: `${server.origin}/flaky.csv`, intervalSeconds: 60 });
  const waits: number[] = [];
  for (let i = 0; i < 5; i++) {
    await makeDue(source.id);
    await poller().pollDue();
    waits.push(secondsUntil((await sourceRow(source.id)).nextFetchAt));
  }
  expect(waits).toEqual([120, 240, 480, 600, 600]);
  expect((await sourceRow(source.id)).lastError).toBe(`The CSV file's server answered 503 (service unavailable) for ${server.origin}/flaky.csv.`);
  // Five failures in a row, one alert: the source became failing once.
  const failing = await database.client.outboxEvent.findMany({ where: { type: "feed.failing", data: { contains: source.id } } });
  expect(failing.map((event) => JSON.parse(event.data))).toEqual([
    {
      source: { id: source.id, name: "Flaky", format: "openelections-csv" },
      election: ELECTION,
      error: `The CSV file's server answered 503 (service unavailable) for ${server.origin}/flaky.csv.`,
    },
  ]);

  server.route("/flaky.csv", reply(200, fixture("openelections/20181106__ga__general__taliaferro__precinct.csv"), { etag: '"csv-1"' }));
  await makeDue(source.id);
  await poller().pollDue();
  const row = await sourceRow(source.id);
  expect([row.failures, row.etag, secondsUntil(row.nextFetchAt), applied.length]).toEqual([0, '"csv-1"', 60, 1]);
  // The last error stays, with its time, for the desk to see what happened.
  expect(row.lastError).toMatch(/503/);

  // Failing again after it answered is news again.
  server.route("/flaky.csv", reply(503, "try later"));
  await makeDue(source.id);
  await poller().pollDue();
  expect(await database.client.outboxEvent.count({ where: { type: "feed.failing", data: { contains: source.id } } })).toBe(2);
});

test("an ETag answered with 304 applies nothing and counts as a fetch", async () => {
  const csv = fixture("openelections/20201103__tx__general__borden__precinct.csv");
  server.route("/borden.csv", (response, request) => {
    if (request.headers["if-none-match"] === '"borden-1"') return void response.writeHead(304, { etag: '"borden-1"' }).end();
    response.writeHead(200, { etag: '"borden-1"', "content-type": "text/csv" }).end(csv);
  });
  const source = await addFeedSource(editor, ELECTION, { name: "Borden", format: "openelections-csv", url: `${server.origin}/borden.csv` });
  await poller().pollDue();
  expect(applied).toHaveLength(1);
  const first = await sourceRow(source.id);
  await makeDue(source.id);
  await new Promise((resolve) => setTimeout(resolve, 5));
  await poller().pollDue();
  const second = await sourceRow(source.id);
  expect(applied).toHaveLength(1);
  expect(server.requests.at(-1)!.headers["if-none-match"]).toBe('"borden-1"');
  expect(second.lastFetchAt!.getTime()).toBeGreaterThan(first.lastFetchAt!.getTime());
  expect(second.lastChangeAt).toEqual(first.lastChangeAt);
});

test("Clarity: current_ver.txt is polled with its ETag; each version's file is fetched once, with a browser's User-Agent", async () => {
  const summary = fixture("clarity/GA_105369_v271066_summary.json");
  let version = "271066";
  server.route("/GA/105369/current_ver.txt", (response, request) => {
    const etag = `"ver-${version}"`;
    if (request.headers["if-none-match"] === etag) return void response.writeHead(304, { etag }).end();
    response.writeHead(200, { etag, "cache-control": "max-age=0, no-cache", "content-type": "text/plain; charset=utf-8" }).end(version);
  });
  for (const v of ["271066", "271927"]) {
    server.route(`/GA/105369/${v}/json/en/summary.json`, reply(200, gzipSync(summary), { "content-encoding": "gzip", "content-type": "application/json", etag: `"sum-${v}"` }));
  }
  // Pasted with current_ver.txt on the end: stored as the jurisdiction's base.
  const source = await addFeedSource(editor, ELECTION, { name: "Georgia", format: "clarity-json", url: `${server.origin}/GA/105369/current_ver.txt`, intervalSeconds: 30 });
  expect(source.url).toBe(`${server.origin}/GA/105369/`);
  const pollAgain = async () => {
    await makeDue(source.id);
    await poller().pollDue();
  };
  await pollAgain();
  await pollAgain();
  await pollAgain();
  version = "271927";
  await pollAgain();
  await pollAgain();

  const asked = server.requests.filter((r) => r.url.startsWith("/GA/105369/"));
  expect(asked.map((r) => r.url)).toEqual([
    "/GA/105369/current_ver.txt",
    "/GA/105369/271066/json/en/summary.json",
    "/GA/105369/current_ver.txt",
    "/GA/105369/current_ver.txt",
    "/GA/105369/current_ver.txt",
    "/GA/105369/271927/json/en/summary.json",
    "/GA/105369/current_ver.txt",
  ]);
  expect(asked.map((r) => r.headers["if-none-match"] ?? null)).toEqual([null, null, '"ver-271066"', '"ver-271066"', '"ver-271066"', null, '"ver-271927"']);
  expect(asked.every((r) => /^Mozilla\/5\.0 .*Chrome\//.test(String(r.headers["user-agent"])))).toBe(true);
  expect(applied.map((a) => a.meta)).toEqual(
    ["271066", "271927"].map((v) => ({ origin: "poller", sourceId: source.id, requestUrl: `${server.origin}/GA/105369/${v}/json/en/summary.json`, sourceVersion: v, etag: `"sum-${v}"` })),
  );
  expect(applied[0]!.body).toBe(summary.toString("utf8"));
  const row = await sourceRow(source.id);
  expect([row.version, row.etag, row.failures]).toEqual(["271927", '"ver-271927"', 0]);
});

test("Clarity: clarity-xml takes the version's detailxml.zip; a file that cannot be fetched is asked for again", async () => {
  const zip = Buffer.from("PK\u0003\u0004 stand-in zip bytes");
  let fileStatus = 502;
  server.route("/GA/Bacon/105373/current_ver.txt", reply(200, "269330", { etag: '"bacon"' }));
  server.route("/GA/Bacon/105373/269330/reports/detailxml.zip", (response) => void response.writeHead(fileStatus, { "content-type": "application/zip" }).end(fileStatus === 200 ? zip : "bad gateway"));
  const source = await addFeedSource(editor, ELECTION, { name: "Bacon", format: "clarity-xml", url: `${server.origin}/GA/Bacon/105373`, intervalSeconds: 30 });
  await poller().pollDue();
  let row = await sourceRow(source.id);
  expect([row.version, row.etag, row.failures, applied.length]).toEqual([null, null, 1, 0]);
  fileStatus = 200;
  await makeDue(source.id);
  await poller().pollDue();
  row = await sourceRow(source.id);
  expect([row.version, row.etag, row.failures]).toEqual(["269330", '"bacon"', 0]);
  expect(applied.map((a) => [a.meta.requestUrl, a.meta.sourceVersion, a.body])).toEqual([[`${server.origin}/GA/Bacon/105373/269330/reports/detailxml.zip`, "269330", zip.toString("utf8")]]);
});

test("a refused snapshot is recorded on the source in words; AP asks the same question again rather than skip the races it held", async () => {
  const answer = apAnswer("ap/elex__20121106_ak_prez.json");
  server.route("/ak", reply(200, answer, { etag: '"ak-1"' }));
  const source = await addFeedSource(editor, ELECTION, { name: "AP Alaska", format: "ap-json", url: `${server.origin}/ak` });
  refuseNext = "Candidate 1746 is listed twice.";
  await poller().pollDue();
  let row = await sourceRow(source.id);
  expect([row.failures, row.lastError, row.nextRequest, row.etag]).toEqual([1, "The snapshot was refused: races[0]: Candidate 1746 is listed twice.", null, null]);
  await makeDue(source.id);
  await poller().pollDue();
  row = await sourceRow(source.id);
  expect(applied.map((a) => a.meta.requestUrl)).toEqual([`${server.origin}/ak`, `${server.origin}/ak`]);
  expect([row.failures, row.nextRequest]).toEqual([0, nextRequestOf(answer)]);
  const state = (await listFeedSources(editor, ELECTION))!.sources.find((s) => s.id === source.id)!;
  expect(state.snapshotCount).toBe(2);
  expect(state.latestSnapshots.map((s) => s.status)).toEqual(["applied", "refused"]);
  expect(state.latestSnapshots[0]!.sha256).toMatch(/^[0-9a-f]{12}$/);
});

test("a payload over the size cap is refused while it streams, and recorded", async () => {
  server.route("/huge.csv", (response) => {
    response.writeHead(200, { "content-type": "text/csv" });
    const timer = setInterval(() => response.write("county,precinct,office,district,party,candidate,votes\n".repeat(200)), 1);
    response.on("close", () => clearInterval(timer));
  });
  const source = await addFeedSource(editor, ELECTION, { name: "Huge", format: "openelections-csv", url: `${server.origin}/huge.csv` });
  await poller({ ...feedHttpOptions(), maxBytes: 256 * 1024 }).pollDue();
  const row = await sourceRow(source.id);
  expect([row.failures, row.lastError, applied.length]).toEqual([1, `The answer from ${server.origin.slice(7)} is larger than 256 KB: refused.`, 0]);
});

test("a host that resolves to a private address, not in FEED_ALLOWED_HOSTS, is refused without a request", async () => {
  const before = server.requests.length;
  const source = await addFeedSource(editor, ELECTION, { name: "Intranet", format: "openelections-csv", url: `${server.origin.replace("127.0.0.1", "localhost")}/borden.csv` });
  await poller().pollDue();
  const row = await sourceRow(source.id);
  expect(row.lastError).toMatch(/^localhost resolves to a loopback address \(.*\): feeds may only reach public addresses unless the host is listed in FEED_ALLOWED_HOSTS\.$/);
  expect(server.requests.length).toBe(before);
});

test("a slow server times out, and the source backs off", async () => {
  server.route("/slow.csv", () => {});
  const source = await addFeedSource(editor, ELECTION, { name: "Slow", format: "openelections-csv", url: `${server.origin}/slow.csv`, intervalSeconds: 5 });
  const started = Date.now();
  await poller({ ...feedHttpOptions(), timeoutMs: 300 }).pollDue();
  expect(Date.now() - started).toBeLessThan(2_000);
  const row = await sourceRow(source.id);
  expect([row.failures, row.lastError, secondsUntil(row.nextFetchAt)]).toEqual([1, `${server.origin.slice(7)} did not answer within 300 ms.`, 10]);
});

test("paused sources are not fetched; resumed ones are picked up by the next tick", async () => {
  server.route("/paused.csv", reply(200, "county,precinct,office,district,party,candidate,votes\n"));
  const source = await addFeedSource(editor, ELECTION, { name: "Paused", format: "openelections-csv", url: `${server.origin}/paused.csv`, paused: true });
  await poller().pollDue();
  expect(server.requests.some((r) => r.url === "/paused.csv")).toBe(false);

  const running = new FeedPoller({ apply, leadership: soleInstance, http: feedHttpOptions(), apKey: undefined, tickMs: 100 });
  running.start();
  try {
    await updateFeedSource(editor, ELECTION, source.id, { paused: false });
    await expect.poll(() => server.requests.some((r) => r.url === "/paused.csv"), { timeout: 3_000 }).toBe(true);
  } finally {
    await running.stop();
  }
});

test("an AP source without AP_API_KEY on the server records why, and asks nothing", async () => {
  const source = await addFeedSource(editor, ELECTION, { name: "AP keyless", format: "ap-json", url: `${server.origin}/keyless` });
  await new FeedPoller({ apply, leadership: soleInstance, http: feedHttpOptions(), apKey: undefined }).pollDue();
  expect((await sourceRow(source.id)).lastError).toBe("AP_API_KEY is not set on the server: AP sources cannot be asked.");
  expect(server.requests.some((r) => r.url === "/keyless")).toBe(false);
});

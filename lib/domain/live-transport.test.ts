import fc from "fast-check";
import { expect, test } from "vitest";
import {
  FIRST_EVENT_TIMEOUT_MS,
  MAX_FAILED_RECONNECTS,
  MAX_STREAM_RETRY_MS,
  sameJson,
  STREAM_RETRY_MS,
  streamFallback,
  streamRetryDelay,
  type StreamState,
} from "./live-transport";
import { districtFive } from "./race-fixtures";

const fresh: StreamState = { closed: false, delivered: false, ageMs: 0, failedReconnects: 0 };

test("a new stream is waited for until its first event is due", () => {
  expect(streamFallback(fresh)).toBeNull();
  expect(streamFallback({ ...fresh, ageMs: FIRST_EVENT_TIMEOUT_MS - 1 })).toBeNull();
});

test("a stream that delivers nothing in time is taken for a buffering proxy", () => {
  expect(streamFallback({ ...fresh, ageMs: FIRST_EVENT_TIMEOUT_MS })).toBe("silent");
});

test("a stream that delivered is kept however long it stays quiet", () => {
  expect(streamFallback({ ...fresh, delivered: true, ageMs: 6 * 60 * 60_000 })).toBeNull();
});

test("a stream the browser closed (a 404, an answer that is not a stream) is refused at once", () => {
  expect(streamFallback({ ...fresh, closed: true })).toBe("refused");
  expect(streamFallback({ ...fresh, closed: true, delivered: true })).toBe("refused");
});

test("the browser's reconnections are left to it until too many fail in a row", () => {
  for (let failed = 0; failed < MAX_FAILED_RECONNECTS; failed++) {
    expect(streamFallback({ ...fresh, delivered: true, failedReconnects: failed })).toBeNull();
  }
  expect(streamFallback({ ...fresh, delivered: true, failedReconnects: MAX_FAILED_RECONNECTS })).toBe("unreachable");
});

test("property: a verdict is only ever given for a closed, failing or late stream", () => {
  fc.assert(
    fc.property(fc.boolean(), fc.boolean(), fc.nat(100_000), fc.nat(10), (closed, delivered, ageMs, failedReconnects) => {
      const verdict = streamFallback({ closed, delivered, ageMs, failedReconnects });
      const expected = closed || failedReconnects >= MAX_FAILED_RECONNECTS || (!delivered && ageMs >= FIRST_EVENT_TIMEOUT_MS);
      expect(verdict !== null).toBe(expected);
    }),
  );
});

test("a page tries the stream again after a minute, doubling up to half an hour", () => {
  expect([1, 2, 3, 4, 5, 6, 7, 100].map((n) => streamRetryDelay(n))).toEqual([
    STREAM_RETRY_MS,
    2 * STREAM_RETRY_MS,
    4 * STREAM_RETRY_MS,
    8 * STREAM_RETRY_MS,
    16 * STREAM_RETRY_MS,
    MAX_STREAM_RETRY_MS,
    MAX_STREAM_RETRY_MS,
    MAX_STREAM_RETRY_MS,
  ]);
  expect(streamRetryDelay(0)).toBe(STREAM_RETRY_MS);
});

test("the same race in another key order is the same body", () => {
  const race = districtFive();
  const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(race).reverse())));
  expect(sameJson(race, reordered)).toBe(true);
  expect(sameJson(race, JSON.parse(JSON.stringify(race)))).toBe(true);
});

test("a changed count, call or flag is a different body", () => {
  const race = districtFive();
  expect(sameJson(race, { ...race, updatedAt: "2017-11-08T06:00:00.000Z" })).toBe(false);
  expect(sameJson(race, { ...race, call: { ...race.call, status: "too_close" } })).toBe(false);
  expect(sameJson(race, { ...race, candidates: race.candidates.slice(1) })).toBe(false);
  expect(sameJson(race, { ...race, candidates: [...race.candidates].reverse() })).toBe(false);
  expect(sameJson({ testData: false }, { testData: true })).toBe(false);
});

test("a field that is missing is not the same as one that is null, but undefined is missing as in JSON", () => {
  expect(sameJson({ note: null }, {})).toBe(false);
  expect(sameJson({ note: undefined }, {})).toBe(true);
  expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
  expect(sameJson(null, {})).toBe(false);
});

test("property: a body is the same as its JSON copy, and not the same once a value in it changes", () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      expect(sameJson(value, JSON.parse(JSON.stringify(value)))).toBe(true);
      expect(sameJson({ value }, { value, extra: 1 })).toBe(false);
    }),
  );
});

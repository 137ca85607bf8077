"use client";
// One race kept live, for the race page and its embed: pushed by `GET /api/v1/races/{slug}/events`,
// or polled from `GET /api/v1/races/{slug}` where the stream does not work (use-live-json.ts).
import { isRaceSettled } from "@/lib/domain/polling";
import type { RaceResult } from "@/lib/domain/race-result";
import { useLiveJson } from "./use-live-json";

export function useLiveRaceJson(initial: RaceResult, onUpdate?: (next: RaceResult, previous: RaceResult) => void): RaceResult {
  const json = `/api/v1/races/${encodeURIComponent(initial.slug)}`;
  return useLiveJson({ json, stream: { url: `${json}/events`, event: "race" } }, initial, {
    settled: isRaceSettled,
    changedAt: (race) => race.updatedAt,
    onUpdate,
  });
}

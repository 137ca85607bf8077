"use client";
// One race kept live, for the race page and its embed: pushed by `GET /api/v1/races/{slug}/events`,
// or polled from `GET /api/v1/races/{slug}` where the stream does not work (use-live-json.ts). Both
// answer with the race as readers get it (PublicRace), so the latest batch of votes moves with it.
import type { PublicRace } from "@/lib/domain/last-count-change";
import { isRaceSettled } from "@/lib/domain/polling";
import { useLiveJson } from "./use-live-json";

export function useLiveRaceJson(initial: PublicRace, onUpdate?: (next: PublicRace, previous: PublicRace) => void): PublicRace {
  const json = `/api/v1/races/${encodeURIComponent(initial.slug)}`;
  return useLiveJson({ json, stream: { url: `${json}/events`, event: "race" } }, initial, {
    settled: isRaceSettled,
    changedAt: (race) => race.updatedAt,
    onUpdate,
  });
}

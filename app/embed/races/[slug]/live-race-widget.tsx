"use client";
// The race widget, redrawn whenever the shared poller brings new numbers. It keeps asking after a
// race is called and fully counted, only less often: an embed must show a retraction too.
import { usePolledJson } from "@/components/live/use-polled-json";
import { isRaceSettled } from "@/lib/domain/polling";
import type { RaceResult } from "@/lib/domain/race-result";
import { RaceWidget } from "./race-widget";

export function LiveRaceWidget({ initial, timeZone }: { initial: RaceResult; timeZone: string }) {
  const race = usePolledJson(`/api/v1/races/${encodeURIComponent(initial.slug)}`, initial, {
    settled: isRaceSettled,
    changedAt: (r) => r.updatedAt,
  });
  return <RaceWidget race={race} timeZone={timeZone} />;
}

"use client";
// The race widget, redrawn whenever the shared poller brings new numbers; it stops asking once the
// race is final.
import { usePolledJson } from "@/components/live/use-polled-json";
import { isRaceFinal } from "@/lib/domain/polling";
import type { RaceResult } from "@/lib/domain/race-result";
import { RaceWidget } from "./race-widget";

export function LiveRaceWidget({ initial, timeZone }: { initial: RaceResult; timeZone: string }) {
  const race = usePolledJson(`/api/v1/races/${encodeURIComponent(initial.slug)}`, initial, { stopWhen: isRaceFinal });
  return <RaceWidget race={race} timeZone={timeZone} />;
}

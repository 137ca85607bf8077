"use client";
// The race widget, redrawn whenever push (or polling, where push fails) brings new numbers. It keeps
// listening after a race is called and fully counted: an embed must show a retraction too.
import { useLiveRaceJson } from "@/components/live/use-live-race";
import type { PublicRace } from "@/lib/domain/last-count-change";
import { RaceWidget } from "./race-widget";

export function LiveRaceWidget({ initial, timeZone }: { initial: PublicRace; timeZone: string }) {
  const race = useLiveRaceJson(initial);
  return <RaceWidget race={race} timeZone={timeZone} />;
}

"use client";
// The race page's live state: polls `GET /api/v1/races/{slug}` and shares the latest result with
// the page's number-showing leaves (live-race-parts.tsx). The server renders the page complete with
// the same result, so the numbers are there before any script runs; the charts and coverage stay
// server-rendered children and keep their page-load state.
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { CallAnnouncer } from "@/components/live/call-announcer";
import { useChangeHighlight } from "@/components/live/use-change-highlight";
import { usePolledJson } from "@/components/live/use-polled-json";
import type { ServerTime } from "@/components/live/updated-time";
import { callChangeAnnouncement, isRaceSettled } from "@/lib/domain/polling";
import type { RaceResult } from "@/lib/domain/race-result";

export interface RaceServerTimes {
  updated: ServerTime;
  called: ServerTime | null;
  retracted: ServerTime | null;
}

interface LiveRaceValue {
  race: RaceResult;
  timeZone: string;
  serverTimes: RaceServerTimes;
}

const LiveRaceContext = createContext<LiveRaceValue | null>(null);

export function useLiveRace(): LiveRaceValue {
  const value = useContext(LiveRaceContext);
  if (!value) throw new Error("useLiveRace is used outside <LiveRace>");
  return value;
}

export function LiveRace({ initial, timeZone, serverTimes, children }: { initial: RaceResult; timeZone: string; serverTimes: RaceServerTimes; children: ReactNode }) {
  const [announcement, setAnnouncement] = useState("");
  const race = usePolledJson(`/api/v1/races/${encodeURIComponent(initial.slug)}`, initial, {
    settled: isRaceSettled,
    changedAt: (r) => r.updatedAt,
    onUpdate: (next, previous) => {
      const message = callChangeAnnouncement(previous, next);
      if (message) setAnnouncement(message);
    },
  });
  const article = useRef<HTMLElement>(null);
  useChangeHighlight(article, race);
  const value = useMemo(() => ({ race, timeZone, serverTimes }), [race, timeZone, serverTimes]);

  return (
    <LiveRaceContext value={value}>
      <article ref={article} className="live-race">
        {children}
        <CallAnnouncer message={announcement} />
      </article>
    </LiveRaceContext>
  );
}

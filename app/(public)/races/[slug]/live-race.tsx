"use client";
// The race page's live state: follows the race by push, or by polling where push fails
// (components/live/use-live-race.ts), and shares the latest result, and the
// margin history that ends at it, with the page's number-showing leaves (live-race-parts.tsx,
// race-charts.tsx). The server renders the page complete with the same result, so the numbers are
// there before any script runs; the coverage stays a server-rendered child. Above it all, the
// test-data banner follows the updates too: an election marked as test data shows it at once.
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { CallAnnouncer } from "@/components/live/call-announcer";
import { useChangeHighlight } from "@/components/live/use-change-highlight";
import { useLiveRaceJson } from "@/components/live/use-live-race";
import { TestDataBanner } from "@/components/test-data-banner";
import type { ServerTime } from "@/components/live/updated-time";
import type { RaceHistory } from "@/lib/domain/margin-history";
import { callChangeAnnouncement } from "@/lib/domain/polling";
import type { PublicRace } from "@/lib/domain/last-count-change";
import { useRaceHistory } from "./use-race-history";

export interface RaceServerTimes {
  updated: ServerTime;
  called: ServerTime | null;
  retracted: ServerTime | null;
  lastChange: ServerTime | null;
}

interface LiveRaceValue {
  race: PublicRace;
  history: RaceHistory;
  timeZone: string;
  serverTimes: RaceServerTimes;
}

const LiveRaceContext = createContext<LiveRaceValue | null>(null);

export function useLiveRace(): LiveRaceValue {
  const value = useContext(LiveRaceContext);
  if (!value) throw new Error("useLiveRace is used outside <LiveRace>");
  return value;
}

interface LiveRaceProps {
  initial: PublicRace;
  initialHistory: RaceHistory;
  timeZone: string;
  serverTimes: RaceServerTimes;
  children: ReactNode;
}

export function LiveRace({ initial, initialHistory, timeZone, serverTimes, children }: LiveRaceProps) {
  const [announcement, setAnnouncement] = useState("");
  const race = useLiveRaceJson(initial, (next, previous) => {
    const message = callChangeAnnouncement(previous, next);
    if (message) setAnnouncement(message);
  });
  const history = useRaceHistory(race, initialHistory);
  const article = useRef<HTMLElement>(null);
  useChangeHighlight(article);
  const value = useMemo(() => ({ race, history, timeZone, serverTimes }), [race, history, timeZone, serverTimes]);

  return (
    <LiveRaceContext value={value}>
      <TestDataBanner testData={race.testData} wide />
      <article ref={article} className="live-race">
        {children}
        <CallAnnouncer message={announcement} />
      </article>
    </LiveRaceContext>
  );
}

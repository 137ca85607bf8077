"use client";
// One election's key races on the home page, kept current by that election's event stream, or by
// polling its API when the page holds its streams for other elections (`streamed` false).
import { useRef } from "react";
import { CallAnnouncer } from "@/components/live/call-announcer";
import { asListedRace } from "@/components/live/listed-race";
import { UpdatedLine } from "@/components/live/updated-line";
import { useChangeHighlight } from "@/components/live/use-change-highlight";
import { useLiveRaces } from "@/components/live/use-live-races";
import { latestUpdate, type ServerTime } from "@/components/live/updated-time";
import { RaceCard } from "@/components/race-card";
import { TestDataBanner } from "@/components/test-data-banner";
import type { RaceSummary } from "@/lib/domain/race-summary";

interface LiveKeyRacesProps {
  electionSlug: string;
  initialRaces: RaceSummary[];
  initialTestData: boolean;
  timeZone: string;
  serverUpdated: ServerTime | null;
  streamed: boolean;
}

export function LiveKeyRaces({ electionSlug, initialRaces, initialTestData, timeZone, serverUpdated, streamed }: LiveKeyRacesProps) {
  const { races, testData, announcement } = useLiveRaces(electionSlug, initialRaces, initialTestData, streamed);
  const root = useRef<HTMLDivElement>(null);
  useChangeHighlight(root);
  return (
    <div ref={root} className="live-list">
      <TestDataBanner testData={testData} />
      <ul className="race-list">
        {races.map((race) => (
          <RaceCard key={race.slug} race={asListedRace(race)} timeZone={timeZone} />
        ))}
      </ul>
      <UpdatedLine iso={latestUpdate(races)} server={serverUpdated} timeZone={timeZone} />
      <CallAnnouncer message={announcement} />
    </div>
  );
}

"use client";
// One election's key races on the home page, kept current by polling that election's API.
import { useRef } from "react";
import { CallAnnouncer } from "@/components/live/call-announcer";
import { asListedRace } from "@/components/live/listed-race";
import { UpdatedLine } from "@/components/live/updated-line";
import { useChangeHighlight } from "@/components/live/use-change-highlight";
import { usePolledRaces } from "@/components/live/use-polled-races";
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
}

export function LiveKeyRaces({ electionSlug, initialRaces, initialTestData, timeZone, serverUpdated }: LiveKeyRacesProps) {
  const { races, testData, announcement } = usePolledRaces(electionSlug, initialRaces, initialTestData);
  const root = useRef<HTMLDivElement>(null);
  useChangeHighlight(root, races);
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

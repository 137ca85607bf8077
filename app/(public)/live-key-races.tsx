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
import type { RaceSummary } from "@/lib/domain/race-summary";

interface LiveKeyRacesProps {
  electionSlug: string;
  initialRaces: RaceSummary[];
  timeZone: string;
  serverUpdated: ServerTime | null;
}

export function LiveKeyRaces({ electionSlug, initialRaces, timeZone, serverUpdated }: LiveKeyRacesProps) {
  const { races, announcement } = usePolledRaces(electionSlug, initialRaces);
  const root = useRef<HTMLDivElement>(null);
  useChangeHighlight(root, races);
  return (
    <div ref={root} className="live-list">
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

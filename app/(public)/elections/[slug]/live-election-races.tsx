"use client";
// The election page's table of races, kept current by polling the election API.
import { useRef } from "react";
import { CallAnnouncer } from "@/components/live/call-announcer";
import { asListedRace } from "@/components/live/listed-race";
import { UpdatedLine } from "@/components/live/updated-line";
import { useChangeHighlight } from "@/components/live/use-change-highlight";
import { usePolledRaces } from "@/components/live/use-polled-races";
import { latestUpdate, type ServerTime } from "@/components/live/updated-time";
import type { RaceSummary } from "@/lib/domain/race-summary";
import { ElectionRacesTable } from "./election-races-table";

interface LiveElectionRacesProps {
  electionSlug: string;
  initialRaces: RaceSummary[];
  timeZone: string;
  serverUpdated: ServerTime | null;
}

export function LiveElectionRaces({ electionSlug, initialRaces, timeZone, serverUpdated }: LiveElectionRacesProps) {
  const { races, announcement } = usePolledRaces(electionSlug, initialRaces);
  const root = useRef<HTMLDivElement>(null);
  useChangeHighlight(root, races);
  return (
    <div ref={root} className="live-list">
      <ElectionRacesTable races={races.map(asListedRace)} timeZone={timeZone} />
      <UpdatedLine iso={latestUpdate(races)} server={serverUpdated} timeZone={timeZone} />
      <CallAnnouncer message={announcement} />
    </div>
  );
}

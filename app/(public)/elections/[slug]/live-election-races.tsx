"use client";
// The election page's table of races, kept current by the election's event stream (or by polling it), under the page's
// introduction (a server-rendered child) and, when the election holds test data, the banner.
import { useRef, type ReactNode } from "react";
import { CallAnnouncer } from "@/components/live/call-announcer";
import { asListedRace } from "@/components/live/listed-race";
import { UpdatedLine } from "@/components/live/updated-line";
import { useChangeHighlight } from "@/components/live/use-change-highlight";
import { useLiveRaces } from "@/components/live/use-live-races";
import { TestDataBanner } from "@/components/test-data-banner";
import { latestUpdate, type ServerTime } from "@/components/live/updated-time";
import type { RaceSummary } from "@/lib/domain/race-summary";
import { ElectionRacesTable } from "./election-races-table";

interface LiveElectionRacesProps {
  electionSlug: string;
  initialRaces: RaceSummary[];
  initialTestData: boolean;
  timeZone: string;
  serverUpdated: ServerTime | null;
  children: ReactNode;
}

export function LiveElectionRaces({ electionSlug, initialRaces, initialTestData, timeZone, serverUpdated, children }: LiveElectionRacesProps) {
  const { races, testData, announcement } = useLiveRaces(electionSlug, initialRaces, initialTestData, true);
  const root = useRef<HTMLDivElement>(null);
  useChangeHighlight(root);
  return (
    <>
      <TestDataBanner testData={testData} wide />
      {children}
      <div ref={root} className="live-list">
        <ElectionRacesTable races={races.map(asListedRace)} timeZone={timeZone} />
        <UpdatedLine iso={latestUpdate(races)} server={serverUpdated} timeZone={timeZone} />
        <CallAnnouncer message={announcement} />
      </div>
    </>
  );
}

"use client";
// Live races of one election for list pages (an election page, an election's block on the home
// page): pushed by `GET /api/v1/elections/{slug}/events`, or polled from `GET /api/v1/elections/{slug}`
// when the page streams no more (see MAX_STREAMS_PER_PAGE) or the stream does not work. It keeps the
// races the page shows, in its order, says what to announce when a call changes, and whether the
// election holds test data.
import { useState } from "react";
import { areRacesSettled, raceListAnnouncement } from "@/lib/domain/polling";
import type { RaceSummary } from "@/lib/domain/race-summary";
import { latestUpdate } from "./updated-time";
import { useLiveJson } from "./use-live-json";

interface ElectionJson {
  races: RaceSummary[];
  testData: boolean;
}

function pick(races: readonly RaceSummary[], slugs: readonly string[]): RaceSummary[] {
  return slugs.flatMap((slug) => races.filter((race) => race.slug === slug));
}

export function useLiveRaces(
  electionSlug: string,
  initialRaces: RaceSummary[],
  initialTestData: boolean,
  streamed: boolean,
): { races: RaceSummary[]; testData: boolean; announcement: string } {
  const [announcement, setAnnouncement] = useState("");
  const [slugs] = useState(() => initialRaces.map((race) => race.slug));
  const json = `/api/v1/elections/${encodeURIComponent(electionSlug)}`;
  const source = { json, stream: streamed ? { url: `${json}/events`, event: "election" } : null };
  const data = useLiveJson<ElectionJson>(source, { races: initialRaces, testData: initialTestData }, {
    settled: (election) => areRacesSettled(pick(election.races, slugs)),
    changedAt: (election) => latestUpdate(pick(election.races, slugs)),
    onUpdate: (next, previous) => {
      const message = raceListAnnouncement(pick(previous.races, slugs), pick(next.races, slugs));
      if (message) setAnnouncement(message);
    },
  });
  return { races: pick(data.races, slugs), testData: data.testData, announcement };
}

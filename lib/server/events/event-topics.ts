import "server-only";
// What a reader can follow by event stream, and what each stream's events carry: a race (the same
// JSON as GET /api/v1/races/{slug}, numbered by the race's version) and an election (the same JSON
// as GET /api/v1/elections/{slug}, numbered by its ETag, since a list of races has no one version).
// Each topic is named by the cache tag of what it shows, so an invalidation of that tag is exactly
// the news that its event may have changed.
import { electionTag, raceTag } from "@/lib/server/cache/contract.cjs";
import { readElectionJson, readRace, readRaceJson } from "@/lib/server/queries/reader";

export const TOPIC_KINDS = ["race", "election"] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export interface TopicState {
  /** The event's id: what a reconnecting browser sends back as Last-Event-ID. */
  id: string;
  /** Names the body: a new event goes out only when it differs from the last one sent. */
  etag: string;
  data: string;
}

export const topicKey = (kind: TopicKind, slug: string) => (kind === "race" ? raceTag(slug) : electionTag(slug));

/** The current state of a topic, from the read cache (one database read per change, however many streams); null when it does not exist. */
export async function readTopic(kind: TopicKind, slug: string): Promise<TopicState | null> {
  if (kind === "race") {
    const [race, json] = await Promise.all([readRace(slug), readRaceJson(slug)]);
    return race && json ? { id: String(race.version), etag: json.etag, data: json.text } : null;
  }
  const json = await readElectionJson(slug);
  return json ? { id: json.etag.replaceAll('"', ""), etag: json.etag, data: json.text } : null;
}

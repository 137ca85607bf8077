import "server-only";
// Reads of stories: the desk's list and edit page (each with the gate's verdict against the race's
// current call), the reader's story page, and a race's coverage. Drafts never leave the desk; a
// pulled story reaches readers only as a withdrawal notice, never with its body. The desk reads take
// the actor and check it themselves: a page that forgets to ask still cannot show a draft.
import { canPublish, type GateRace, type GateVerdict, type StoryExpectation } from "@/lib/domain/publication-gate";
import { buildRaceResult } from "@/lib/domain/race-result";
import type { StoryStatus } from "@/lib/domain/story-input";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";
import { gateRaceOf } from "@/lib/server/queries/race-for-call";
import { expectationOf, expectationSelect } from "@/lib/server/queries/story-expectation";
import { readRacesByIds } from "@/lib/server/race-store/read-races";

export interface StoryRace {
  slug: string;
  office: string;
  seat: string;
  electionName: string;
  /** The race's election holds test data. */
  testData: boolean;
}

export interface DeskStory {
  id: string;
  slug: string;
  status: StoryStatus;
  headline: string;
  race: StoryRace;
  expects: StoryExpectation;
  /** "District 5 called for Natalyn Archibong", as the desk reads it. */
  expectsWords: string;
  publishedAt: string | null;
  pulledAt: string | null;
  pulledReason: string | null;
  gate: GateVerdict;
}

export interface DeskStoryDetail extends DeskStory {
  body: string;
  candidates: { slug: string; name: string }[];
}

export type PublicStory =
  | { status: "published"; slug: string; headline: string; body: string; publishedAt: string; race: StoryRace }
  | { status: "pulled"; slug: string; headline: string; pulledAt: string; pulledReason: string; race: StoryRace };

export interface CoverageItem {
  slug: string;
  headline: string;
  publishedAt: string;
}

const storyRaceSelect = { slug: true, office: true, seat: true, election: { select: { name: true, isTest: true } } } as const;

const deskStorySelect = {
  id: true,
  slug: true,
  status: true,
  headline: true,
  ...expectationSelect,
  publishedAt: true,
  pulledAt: true,
  pulledReason: true,
  raceId: true,
  race: { select: storyRaceSelect },
} as const;

/** The stored reason is written for the audit trail ("Pulled: …"); pages show the sentence alone. */
function pulledWords(stored: string | null): string | null {
  return stored === null ? null : stored.replace(/^Pulled:\s*/, "");
}

function storyRace(race: { slug: string; office: string; seat: string; election: { name: string; isTest: boolean } }): StoryRace {
  return { slug: race.slug, office: race.office, seat: race.seat, electionName: race.election.name, testData: race.election.isTest };
}

export function expectationWords(expects: StoryExpectation, gate: GateRace): string {
  if (expects.kind === "winner") return `${gate.name} called for ${gate.candidates[expects.candidate] ?? expects.candidate}`;
  return expects.kind === "runoff" ? `${gate.name} goes to a runoff` : `${gate.name} called (any winner)`;
}

/** The gate's view of each race, keyed by race id: one result per race, however many stories. */
async function gateRacesById(raceIds: readonly string[]): Promise<Map<string, GateRace>> {
  const races = await readRacesByIds([...new Set(raceIds)]);
  return new Map(races.map((race) => [race.id, gateRaceOf(buildRaceResult(race.rows))]));
}

function toDeskStory(row: Awaited<ReturnType<typeof findDeskStories>>[number], gate: GateRace): DeskStory {
  const expects = expectationOf(row);
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as StoryStatus,
    headline: row.headline,
    race: storyRace(row.race),
    expects,
    expectsWords: expectationWords(expects, gate),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    pulledAt: row.pulledAt?.toISOString() ?? null,
    pulledReason: pulledWords(row.pulledReason),
    gate: canPublish(expects, gate),
  };
}

function findDeskStories() {
  return db.story.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: deskStorySelect });
}

const STATUS_ORDER: Record<string, number> = { pulled: 0, draft: 1, published: 2 };

/** Every story for the desk: pulled first (they need an editor), then drafts, then published. */
export async function listDeskStories(actor: Actor | null): Promise<DeskStory[]> {
  authorize(actor, "story:publish");
  const rows = await findDeskStories();
  const gates = await gateRacesById(rows.map((r) => r.raceId));
  return rows
    .map((row) => toDeskStory(row, gates.get(row.raceId)!))
    .sort((a, b) => (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3));
}

export async function getDeskStory(actor: Actor | null, id: string): Promise<DeskStoryDetail | null> {
  authorize(actor, "story:publish");
  const row = await db.story.findUnique({ where: { id }, select: { ...deskStorySelect, body: true } });
  if (!row) return null;
  const gate = (await gateRacesById([row.raceId])).get(row.raceId)!;
  return {
    ...toDeskStory(row, gate),
    body: row.body,
    candidates: Object.entries(gate.candidates).map(([slug, name]) => ({ slug, name })),
  };
}

/**
 * What a race's current call let out, for its desk: the drafts about the race with the gate's
 * verdict on each (ready, or still blocked and why: the same canPublish as the publish command), and
 * the stories published since the call, so one published from the list stays in it as published.
 * Empty unless the call names an outcome (a winner or a runoff): no other call opens a gate.
 */
export async function listStoriesAfterCall(actor: Actor | null, raceSlug: string): Promise<DeskStory[]> {
  authorize(actor, "story:publish");
  const rows = await db.story.findMany({
    where: { race: { slug: raceSlug }, status: { in: ["draft", "published"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: deskStorySelect,
  });
  if (rows.length === 0) return [];
  const gate = (await gateRacesById([rows[0]!.raceId])).get(rows[0]!.raceId)!;
  const { status, calledAt } = gate.call;
  if ((status !== "called" && status !== "runoff") || calledAt === null) return [];
  const since = new Date(calledAt).getTime();
  return rows
    .filter((row) => row.status === "draft" || (row.publishedAt !== null && row.publishedAt.getTime() >= since))
    .map((row) => toDeskStory(row, gate));
}

/** What a reader may see at /stories/{slug}: null for drafts and unknown slugs alike. */
export async function getPublicStory(slug: string): Promise<PublicStory | null> {
  const row = await db.story.findUnique({
    where: { slug },
    select: { slug: true, status: true, headline: true, body: true, publishedAt: true, pulledAt: true, pulledReason: true, race: { select: storyRaceSelect } },
  });
  if (!row) return null;
  const race = storyRace(row.race);
  if (row.status === "pulled") {
    return {
      status: "pulled",
      slug: row.slug,
      headline: row.headline,
      pulledAt: (row.pulledAt ?? new Date()).toISOString(),
      pulledReason: pulledWords(row.pulledReason) ?? "",
      race,
    };
  }
  if (row.status !== "published" || !row.publishedAt) return null;
  return { status: "published", slug: row.slug, headline: row.headline, body: row.body, publishedAt: row.publishedAt.toISOString(), race };
}

/** A race's published stories, newest first, for the Coverage section of its page. */
export async function listCoverage(raceSlug: string): Promise<CoverageItem[]> {
  const rows = await db.story.findMany({
    where: { race: { slug: raceSlug }, status: "published", publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { slug: true, headline: true, publishedAt: true },
  });
  return rows.map((r) => ({ slug: r.slug, headline: r.headline, publishedAt: r.publishedAt!.toISOString() }));
}

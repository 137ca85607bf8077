import "server-only";
// Stories and the publication gate. Publishing checks the gate for the editor's message, then
// again inside the write: the story becomes published only if, in that same statement, the race's
// latest call is the one it expects. A retraction landing at the same moment either comes first
// (and the publish is refused) or second (and it pulls the story): never a published story whose
// result does not hold. A story about a race whose election holds test data is refused with
// `test_data`, checked the same way inside the write, against the election as the database has it.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { canPublish, type GateVerdict, type StoryExpectation } from "@/lib/domain/publication-gate";
import { slugify } from "@/lib/domain/slug";
import { newStorySchema, storyEditSchema, type StoryStatus } from "@/lib/domain/story-input";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateStories } from "@/lib/server/cache/tags";
import { auditData } from "@/lib/server/audit";
import { parseInput } from "@/lib/server/commands/parse-input";
import { db } from "@/lib/server/db";
import { CommandError, invalid, notFound } from "@/lib/server/errors";
import { raceForCall } from "@/lib/server/queries/race-for-call";
import { expectationOf, expectationSelect } from "@/lib/server/queries/story-expectation";
import { runGuardedWrite } from "@/lib/server/race-store/guarded-write";
import { electionHoldsTestDataSql, expectationHoldsSql, latestCallSql } from "@/lib/server/race-store/publication-rule-sql";
import { asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";
import { raceEventRef, storyUrl } from "@/lib/server/webhooks/outbox";

export interface StoryRecord {
  id: string;
  slug: string;
  status: StoryStatus;
  headline: string;
  body: string;
  raceSlug: string;
  expects: StoryExpectation;
  publishedAt: string | null;
  pulledAt: string | null;
  pulledReason: string | null;
}

const storySelect = {
  id: true,
  slug: true,
  status: true,
  headline: true,
  body: true,
  ...expectationSelect,
  publishedAt: true,
  pulledAt: true,
  pulledReason: true,
  race: { select: { slug: true } },
} as const;

type StoryRow = NonNullable<Awaited<ReturnType<typeof findStory>>>;

function findStory(id: string) {
  return db.story.findUnique({ where: { id }, select: storySelect });
}

function toRecord(row: StoryRow): StoryRecord {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as StoryStatus,
    headline: row.headline,
    body: row.body,
    raceSlug: row.race.slug,
    expects: expectationOf(row),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    pulledAt: row.pulledAt?.toISOString() ?? null,
    pulledReason: row.pulledReason,
  };
}

async function uniqueStorySlug(headline: string): Promise<string> {
  const base = slugify(headline) || "story";
  const taken = new Set((await db.story.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug));
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(slug)) return slug;
  }
}

const storyPublished = () =>
  new CommandError("story_published", "A published story cannot be edited; it would change what readers already see.", {});
const storyChanged = () => new CommandError("story_changed", "The story changed while you were editing it. Reload it and edit again.", {});
const gateClosed = (reason: string) => new CommandError("gate_closed", reason, { reason });
const testData = (reason: string) => new CommandError("test_data", reason, {});
const refusedBy = (verdict: Extract<GateVerdict, { open: false }>) => (verdict.testData ? testData(verdict.reason) : gateClosed(verdict.reason));

function expectedCandidacy(expects: StoryExpectation, candidacyBySlug: Map<string, string>): string | null {
  if (expects.kind !== "winner") return null;
  const id = candidacyBySlug.get(expects.candidate);
  if (!id) throw invalid({ "expects.candidate": `"${expects.candidate}" is not a candidate in this race` });
  return id;
}

export async function getStory(actor: Actor | null, id: string): Promise<StoryRecord> {
  authorize(actor, "story:publish");
  const row = await findStory(id);
  if (!row) throw notFound("The story");
  return toRecord(row);
}

export async function createStory(actor: Actor | null, rawInput: unknown): Promise<StoryRecord> {
  const who = authorize(actor, "story:publish");
  const input = parseInput(newStorySchema, rawInput);
  const race = await raceForCall(input.raceSlug);
  const id = randomUUID();
  const slug = await uniqueStorySlug(input.headline);
  await db.$transaction([
    db.story.create({
      data: {
        id,
        slug,
        raceId: race.id,
        headline: input.headline,
        body: input.body,
        expectsKind: input.expects.kind,
        expectsCandidacyId: expectedCandidacy(input.expects, race.candidacyBySlug),
        authorId: who.userId,
      },
    }),
    db.auditEvent.create({ data: auditData({ action: "story.drafted", actor: who, subjectType: "Story", subjectId: id, detail: { slug, expects: input.expects } }) }),
  ]);
  return toRecord((await findStory(id))!);
}

/** Editing is for drafts and pulled stories: a published story is pulled before it changes. */
export async function updateStory(actor: Actor | null, id: string, rawInput: unknown): Promise<StoryRecord> {
  const who = authorize(actor, "story:publish");
  const input = parseInput(storyEditSchema, rawInput);
  const row = await db.story.findUnique({ where: { id }, select: { status: true, version: true, race: { select: { slug: true } } } });
  if (!row) throw notFound("The story");
  if (row.status === "published") throw storyPublished();
  const race = await raceForCall(row.race.slug);
  const [updated] = await db.$transaction([
    db.story.updateMany({
      where: { id, version: row.version, status: { not: "published" } },
      data: {
        ...(input.headline !== undefined && { headline: input.headline }),
        ...(input.body !== undefined && { body: input.body }),
        ...(input.expects && { expectsKind: input.expects.kind, expectsCandidacyId: expectedCandidacy(input.expects, race.candidacyBySlug) }),
        version: { increment: 1 },
      },
    }),
    db.auditEvent.create({ data: auditData({ action: "story.edited", actor: who, subjectType: "Story", subjectId: id, detail: { fields: Object.keys(input) } }) }),
  ]);
  if (updated.count === 0) throw storyChanged();
  const story = (await findStory(id))!;
  // A withdrawn story's page shows its headline.
  if (story.status === "pulled") invalidateStories([{ slug: story.slug, raceSlug: row.race.slug }]);
  return toRecord(story);
}

export async function publishStory(actor: Actor | null, id: string): Promise<StoryRecord> {
  const who = authorize(actor, "story:publish");
  const row = await findStory(id);
  if (!row) throw notFound("The story");
  if (row.status === "published") return toRecord(row);

  const race = await raceForCall(row.race.slug);
  const verdict = canPublish(expectationOf(row), race.gate);
  if (!verdict.open) throw refusedBy(verdict);

  const at = sqlTimestamp(new Date());
  // The race's row is locked first: a call changing at the same moment (or the election being
  // marked as test data, race-store/test-data-marking.ts) either lands before the guard reads the
  // latest call and the election, or waits and then pulls what this one published.
  const { won } = await runGuardedWrite(() => ({
    lockRaceId: race.id,
    guard: Prisma.sql`UPDATE "Story" SET "status" = 'published', "publishedAt" = ${at}, "pulledAt" = NULL, "pulledReason" = NULL, "version" = "version" + 1, "updatedAt" = ${at}
       WHERE "id" = ${id} AND "status" IN ('draft', 'pulled') AND ${expectationHoldsSql(latestCallSql())} AND NOT ${electionHoldsTestDataSql()}`,
    holds: Prisma.sql`EXISTS (SELECT 1 FROM "Story" WHERE "id" = ${id} AND "status" = 'published' AND "publishedAt" = ${asTimestamp(at)})`,
    audit: { action: "story.published", actor: who, subjectType: "Story", subjectId: id, detail: { slug: row.slug } },
    outbox: [
      {
        type: "story.published",
        data: { story: { id, slug: row.slug, headline: row.headline, url: storyUrl(row.slug) }, race: raceEventRef(race.result), by: who.name },
      },
    ],
    at,
    invalidates: { stories: [{ slug: row.slug, raceSlug: row.race.slug }] },
  }));
  if (!won) {
    const now = await raceForCall(row.race.slug);
    const again = canPublish(expectationOf(row), now.gate);
    throw again.open ? gateClosed("The story or its race changed while publishing. Try again.") : refusedBy(again);
  }
  return toRecord((await findStory(id))!);
}

// Writes demo elections into an empty database: reference data, then each batch of the night as
// tally changes (source "seed"), then calls and draft stories, all in one transaction so a failed
// seed leaves nothing half-written.
import { randomUUID } from "node:crypto";
import { methodKind } from "@/lib/domain/feeds/feed-snapshot";
import { parseMapLayer, storedLayerText } from "@/lib/domain/map-layer";
import type { PrismaClient } from "@/lib/server/prisma-client";
import type { DemoElection, DemoMapLayer, DemoRace } from "./demo-types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const SEED_ACTOR = "Demo data (seed)";

async function upsertCandidates(tx: Tx, race: DemoRace): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const c of race.candidates) {
    const profile = { name: c.name, party: c.party ?? null, bio: c.bio ?? null };
    const candidate = await tx.candidate.upsert({
      where: { slug: c.slug },
      update: {},
      create: {
        slug: c.slug,
        ...profile,
        links: { create: (c.links ?? []).map((link, position) => ({ ...link, position })) },
      },
      select: { id: true },
    });
    ids.set(c.slug, candidate.id);
  }
  return ids;
}

async function loadRace(tx: Tx, electionId: string, electionDate: string, race: DemoRace, sortOrder: number): Promise<void> {
  const candidateIds = await upsertCandidates(tx, race);
  const created = await tx.race.create({
    data: {
      slug: race.slug,
      electionId,
      office: race.office,
      seat: race.seat,
      ruleKind: race.rule?.kind ?? "plurality",
      thresholdPct: race.rule?.kind === "majority" ? race.rule.thresholdPct : null,
      seats: race.seats ?? 1,
      recountMarginPct: race.recountMarginPct ?? null,
      expectedVotePct: race.expectedVotePct ?? null,
      featured: race.featured ?? false,
      sortOrder,
      candidacies: {
        create: race.candidates.map((c, ballotOrder) => ({
          candidateId: candidateIds.get(c.slug)!,
          ballotOrder,
          incumbent: c.incumbent ?? false,
        })),
      },
      units: {
        create: race.units.map((u, position) => ({ slug: u.slug, name: u.name, kind: u.kind, precinctsTotal: u.precinctsTotal, position, fips: u.fips ?? null })),
      },
    },
    select: {
      id: true,
      candidacies: { select: { id: true, candidate: { select: { slug: true } } } },
      units: { select: { id: true, slug: true } },
    },
  });
  const candidacyBySlug = new Map(created.candidacies.map((c) => [c.candidate.slug, c.id]));
  const unitBySlug = new Map(created.units.map((u) => [u.slug, u.id]));
  const current = new Map<string, number>(); // `${unitId}:${candidacyId}` → votes

  for (const batch of race.batches) {
    const unitId = unitBySlug.get(batch.unit)!;
    const batchId = randomUUID();
    const at = new Date(batch.at);
    for (const [candidateSlug, after] of Object.entries(batch.votes)) {
      const candidacyId = candidacyBySlug.get(candidateSlug)!;
      const key = `${unitId}:${candidacyId}`;
      const before = current.get(key) ?? 0;
      current.set(key, after);
      await tx.tally.upsert({
        where: { unitId_candidacyId: { unitId, candidacyId } },
        update: { votes: after },
        create: { unitId, candidacyId, votes: after },
      });
      await tx.tallyChange.create({
        data: { raceId: created.id, unitId, candidacyId, batchId, before, after, source: "seed", actorLabel: SEED_ACTOR, createdAt: at },
      });
    }
    await tx.reportingUnit.update({
      where: { id: unitId },
      data: { precinctsReporting: batch.precinctsReporting, version: { increment: 1 } },
    });
  }

  for (const [unitSlug, byCandidate] of Object.entries(race.votesByMethod ?? {})) {
    await tx.methodTally.createMany({
      data: Object.entries(byCandidate).flatMap(([candidateSlug, byMethod]) =>
        Object.entries(byMethod).map(([method, votes]) => ({
          unitId: unitBySlug.get(unitSlug)!,
          candidacyId: candidacyBySlug.get(candidateSlug)!,
          method,
          kind: methodKind(method),
          votes,
        })),
      ),
    });
  }

  for (const [index, call] of (race.calls ?? []).entries()) {
    const named = [
      ...(call.winners ?? []).map((slug) => ({ candidacyId: candidacyBySlug.get(slug)!, role: "winner" })),
      ...(call.advancing ?? []).map((slug) => ({ candidacyId: candidacyBySlug.get(slug)!, role: "advancing" })),
    ];
    await tx.raceCall.create({
      data: {
        raceId: created.id,
        seq: index + 1,
        status: call.status,
        note: call.note ?? null,
        snapshot: JSON.stringify({ seeded: true }),
        actorLabel: SEED_ACTOR,
        createdAt: new Date(call.at),
        candidates: { create: named },
      },
    });
  }

  for (const story of race.stories ?? []) {
    await tx.story.create({
      data: {
        slug: story.slug,
        raceId: created.id,
        headline: story.headline,
        body: story.body,
        expectsKind: story.expects.kind,
        expectsCandidacyId: story.expects.kind === "winner" ? candidacyBySlug.get(story.expects.candidate)! : null,
      },
    });
  }

  // The race was last updated when its last batch or call came in, not when the seed ran.
  // A race with no activity was last touched when it was set up, before election day.
  const lastActivity =
    [...race.batches.map((b) => b.at), ...(race.calls ?? []).map((c) => c.at)].sort().at(-1) ?? `${electionDate}T00:00:00.000Z`;
  await tx.race.update({
    where: { id: created.id },
    data: { version: race.batches.length + (race.calls?.length ?? 0), updatedAt: new Date(lastActivity) },
  });
}

/** Stored as an editor's upload is: checked and reduced by the same rule (lib/domain/map-layer.ts). */
async function loadMapLayer(tx: Tx, electionId: string, layer: DemoMapLayer): Promise<void> {
  const parsed = parseMapLayer(layer.geojson, layer.property);
  if (!parsed.ok) throw new Error(`The demo map layer is refused: ${parsed.message}`);
  await tx.electionMapLayer.create({
    data: {
      electionId,
      property: layer.property,
      geojson: storedLayerText(parsed.features),
      featureCount: parsed.features.length,
      illustrative: layer.illustrative,
      uploadedByLabel: SEED_ACTOR,
    },
  });
}

export async function loadDemoElections(db: PrismaClient, elections: readonly DemoElection[]): Promise<void> {
  await db.$transaction(
    async (tx) => {
      for (const election of elections) {
        const { id } = await tx.election.create({
          data: { slug: election.slug, name: election.name, date: new Date(election.date), jurisdiction: election.jurisdiction, isDemo: true },
          select: { id: true },
        });
        for (const [index, race] of election.races.entries()) await loadRace(tx, id, election.date, race, index);
        if (election.mapLayer) await loadMapLayer(tx, id, election.mapLayer);
      }
      await tx.auditEvent.create({
        data: { action: "demo.seeded", actorLabel: SEED_ACTOR, subjectType: "database", detail: JSON.stringify({ elections: elections.map((e) => e.slug) }) },
      });
    },
    { timeout: 60_000 },
  );
}

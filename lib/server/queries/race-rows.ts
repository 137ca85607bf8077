import "server-only";
// The one select every race read uses, and its mapping to the domain's plain rows, so the race page,
// the election page, the home page and the candidate page cannot disagree about a race.
import type { Prisma } from "@/lib/generated/prisma/client";
import { callRecordedAt, currentCallOf, type CurrentCall } from "@/lib/domain/race-call";
import type { RaceRows } from "@/lib/domain/race-result";
import type { RaceRule } from "@/lib/domain/race-types";

export const raceRowsSelect = {
  slug: true,
  office: true,
  seat: true,
  ruleKind: true,
  thresholdPct: true,
  seats: true,
  recountMarginPct: true,
  updatedAt: true,
  election: { select: { slug: true, name: true, date: true, isDemo: true } },
  candidacies: {
    orderBy: { ballotOrder: "asc" },
    select: {
      id: true,
      ballotOrder: true,
      incumbent: true,
      candidate: { select: { slug: true, name: true, party: true, photoUrl: true } },
    },
  },
  units: {
    orderBy: { position: "asc" },
    select: {
      slug: true,
      name: true,
      precinctsTotal: true,
      precinctsReporting: true,
      ballotsCast: true,
      version: true,
      tallies: { select: { candidacyId: true, votes: true } },
    },
  },
  calls: {
    orderBy: { seq: "desc" },
    take: 1,
    select: {
      status: true,
      note: true,
      createdAt: true,
      candidates: { select: { role: true, candidacy: { select: { candidate: { select: { slug: true } } } } } },
    },
  },
} satisfies Prisma.RaceSelect;

export type RaceRowsRecord = Prisma.RaceGetPayload<{ select: typeof raceRowsSelect }>;

function ruleOf(record: RaceRowsRecord): RaceRule {
  return record.ruleKind === "majority"
    ? { kind: "majority", thresholdPct: record.thresholdPct ?? 50 }
    : { kind: "plurality" };
}

function currentCall(record: RaceRowsRecord): CurrentCall {
  const latest = record.calls[0];
  return currentCallOf(
    latest && {
      status: latest.status,
      at: latest.createdAt.toISOString(),
      note: latest.note,
      named: latest.candidates.map((c) => ({ role: c.role, slug: c.candidacy.candidate.slug })),
    },
  );
}

export function toRaceRows(record: RaceRowsRecord): RaceRows {
  const slugByCandidacy = new Map(record.candidacies.map((c) => [c.id, c.candidate.slug]));
  const call = currentCall(record);
  // A call or a retraction is a change to the race: the time readers see moves with it.
  const recorded = callRecordedAt(call);
  const latestChange = recorded && recorded > record.updatedAt.toISOString() ? recorded : null;
  return {
    slug: record.slug,
    office: record.office,
    seat: record.seat,
    election: { ...record.election, date: record.election.date.toISOString().slice(0, 10) },
    rule: ruleOf(record),
    seats: record.seats,
    recountMarginPct: record.recountMarginPct,
    candidates: record.candidacies.map((c) => ({
      slug: c.candidate.slug,
      name: c.candidate.name,
      party: c.candidate.party,
      photoUrl: c.candidate.photoUrl,
      incumbent: c.incumbent,
      ballotOrder: c.ballotOrder,
    })),
    units: record.units.map((unit) => ({
      slug: unit.slug,
      name: unit.name,
      precinctsTotal: unit.precinctsTotal,
      precinctsReporting: unit.precinctsReporting,
      ballotsCast: unit.ballotsCast,
      version: unit.version,
      votes: Object.fromEntries(
        unit.tallies.map((t) => [slugByCandidacy.get(t.candidacyId) ?? t.candidacyId, t.votes]),
      ),
    })),
    call,
    updatedAt: latestChange ?? record.updatedAt.toISOString(),
  };
}

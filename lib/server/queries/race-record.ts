import "server-only";
// One race's record in the shape of raceRowsSelect, read with four plain SQL queries. The race read
// is on the hot path (every tally write answers with the race, every reader cache miss reads it),
// and Prisma's JS query engine spent about 8 ms planning the nested select against 1.5 ms here.
// Other reads of several races keep the Prisma select; toRaceRows maps both the same way.
import { db } from "@/lib/server/db";
import type { RaceRowsRecord } from "@/lib/server/queries/race-rows";

interface RaceRow {
  id: string;
  slug: string;
  office: string;
  seat: string;
  ruleKind: string;
  thresholdPct: number | null;
  seats: number;
  recountMarginPct: number;
  updatedAt: Date | string;
  electionSlug: string;
  electionName: string;
  electionDate: Date | string;
  electionIsDemo: boolean | number;
}

interface CandidacyRow {
  id: string;
  ballotOrder: number;
  incumbent: boolean | number;
  slug: string;
  name: string;
  party: string | null;
  photoUrl: string | null;
}

interface UnitRow {
  id: string;
  slug: string;
  name: string;
  precinctsTotal: number;
  precinctsReporting: number;
  ballotsCast: number | null;
  version: number;
  candidacyId: string | null;
  votes: number | null;
}

interface CallRow {
  status: string;
  note: string | null;
  createdAt: Date | string;
  role: string | null;
  candidateSlug: string | null;
}

// SQLite hands back booleans as 0/1 and may hand back times as text; PostgreSQL as booleans and Dates.
const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

export async function findRaceRecord(slug: string): Promise<RaceRowsRecord | null> {
  const [race] = await db.$queryRaw<RaceRow[]>`
    SELECT r."id", r."slug", r."office", r."seat", r."ruleKind", r."thresholdPct", r."seats", r."recountMarginPct", r."updatedAt",
           e."slug" AS "electionSlug", e."name" AS "electionName", e."date" AS "electionDate", e."isDemo" AS "electionIsDemo"
    FROM "Race" r JOIN "Election" e ON e."id" = r."electionId"
    WHERE r."slug" = ${slug}`;
  if (!race) return null;

  const [candidacies, unitRows, callRows] = await Promise.all([
    db.$queryRaw<CandidacyRow[]>`
      SELECT c."id", c."ballotOrder", c."incumbent", p."slug", p."name", p."party", p."photoUrl"
      FROM "Candidacy" c JOIN "Candidate" p ON p."id" = c."candidateId"
      WHERE c."raceId" = ${race.id}
      ORDER BY c."ballotOrder", c."id"`,
    db.$queryRaw<UnitRow[]>`
      SELECT u."id", u."slug", u."name", u."precinctsTotal", u."precinctsReporting", u."ballotsCast", u."version", t."candidacyId", t."votes"
      FROM "ReportingUnit" u LEFT JOIN "Tally" t ON t."unitId" = u."id"
      WHERE u."raceId" = ${race.id}
      ORDER BY u."position", u."id"`,
    db.$queryRaw<CallRow[]>`
      SELECT latest."status", latest."note", latest."createdAt", named."role", p."slug" AS "candidateSlug"
      FROM (SELECT "id", "status", "note", "createdAt" FROM "RaceCall" WHERE "raceId" = ${race.id} ORDER BY "seq" DESC LIMIT 1) latest
      LEFT JOIN "RaceCallCandidate" named ON named."callId" = latest."id"
      LEFT JOIN "Candidacy" c ON c."id" = named."candidacyId"
      LEFT JOIN "Candidate" p ON p."id" = c."candidateId"`,
  ]);

  const units = new Map<string, RaceRowsRecord["units"][number]>();
  for (const row of unitRows) {
    let unit = units.get(row.id);
    if (!unit) {
      const { slug, name, precinctsTotal, precinctsReporting, ballotsCast, version } = row;
      units.set(row.id, (unit = { slug, name, precinctsTotal, precinctsReporting, ballotsCast, version, tallies: [] }));
    }
    if (row.candidacyId !== null && row.votes !== null) unit.tallies.push({ candidacyId: row.candidacyId, votes: Number(row.votes) });
  }
  const latest = callRows[0];

  return {
    slug: race.slug,
    office: race.office,
    seat: race.seat,
    ruleKind: race.ruleKind,
    thresholdPct: race.thresholdPct,
    seats: Number(race.seats),
    recountMarginPct: race.recountMarginPct,
    updatedAt: asDate(race.updatedAt),
    election: { slug: race.electionSlug, name: race.electionName, date: asDate(race.electionDate), isDemo: Boolean(race.electionIsDemo) },
    candidacies: candidacies.map((c) => ({
      id: c.id,
      ballotOrder: Number(c.ballotOrder),
      incumbent: Boolean(c.incumbent),
      candidate: { slug: c.slug, name: c.name, party: c.party, photoUrl: c.photoUrl },
    })),
    units: [...units.values()],
    calls: latest
      ? [
          {
            status: latest.status,
            note: latest.note,
            createdAt: asDate(latest.createdAt),
            candidates: callRows
              .filter((row) => row.role !== null && row.candidateSlug !== null)
              .map((row) => ({ role: row.role!, candidacy: { candidate: { slug: row.candidateSlug! } } })),
          },
        ]
      : [],
  };
}

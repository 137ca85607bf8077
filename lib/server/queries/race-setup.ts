import "server-only";
// What the set-up forms start from: a race's settings as an editor edits them (including what the
// reader view leaves out, such as whether it is featured). Set-up reads sit beside the set-up
// commands because only the desk's set-up pages use them.
import type { RaceRule } from "@/lib/domain/race-types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

export interface RaceSetup {
  slug: string;
  office: string;
  seat: string;
  election: { slug: string; name: string };
  rule: RaceRule;
  seats: number;
  recountMarginPct: number | null;
  featured: boolean;
  /** Whether a feed's own call calls the race, through the call guard. */
  acceptSourceCalls: boolean;
  candidates: { slug: string; name: string; party: string | null; incumbent: boolean; withdrawnAt: string | null; withdrawnNote: string | null }[];
  units: { slug: string; name: string; kind: string; precinctsTotal: number; precinctsReporting: number; fips: string | null }[];
}

export async function getRaceSetup(actor: Actor | null, slug: string): Promise<RaceSetup | null> {
  authorize(actor, "election:setup");
  const race = await db.race.findUnique({
    where: { slug },
    select: {
      slug: true,
      office: true,
      seat: true,
      election: { select: { slug: true, name: true } },
      ruleKind: true,
      thresholdPct: true,
      seats: true,
      recountMarginPct: true,
      featured: true,
      acceptSourceCalls: true,
      candidacies: {
        orderBy: { ballotOrder: "asc" },
        select: { incumbent: true, withdrawnAt: true, withdrawnNote: true, candidate: { select: { slug: true, name: true, party: true } } },
      },
      units: {
        orderBy: { position: "asc" },
        select: { slug: true, name: true, kind: true, precinctsTotal: true, precinctsReporting: true, fips: true },
      },
    },
  });
  if (!race) return null;
  const { ruleKind, thresholdPct, candidacies, ...rest } = race;
  return {
    ...rest,
    rule: ruleKind === "majority" ? { kind: "majority", thresholdPct: thresholdPct ?? 50 } : { kind: "plurality" },
    candidates: candidacies.map((c) => ({ ...c.candidate, incumbent: c.incumbent, withdrawnAt: c.withdrawnAt?.toISOString() ?? null, withdrawnNote: c.withdrawnNote })),
  };
}

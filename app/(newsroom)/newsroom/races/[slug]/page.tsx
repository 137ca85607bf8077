import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { notFound } from "next/navigation";
import { ReportingMeter } from "@/components/reporting-meter";
import { StatusBadge } from "@/components/status-badge";
import { checkCall } from "@/lib/domain/call-guard";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import { can } from "@/lib/domain/permissions";
import { unitWithAllCandidates } from "@/lib/domain/race-result";
import { marginSentence } from "@/lib/domain/race-status";
import { mayConfirm } from "@/lib/domain/second-editor";
import { sourceCallAdviceView } from "@/lib/domain/feeds/source-call-advice";
import { formatClockOrDate } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { listRaceCalls } from "@/lib/server/queries/call-history";
import { getPendingCall } from "@/lib/server/queries/pending-calls";
import { listCountHistory, listUnitLastSaves } from "@/lib/server/queries/count-history";
import { listHeldFeedCounts } from "@/lib/server/queries/held-feed-counts";
import { getRaceResult } from "@/lib/server/queries/races";
import { getSourceCallAdvice } from "@/lib/server/queries/source-call-advice";
import { listStoriesAfterCall } from "@/lib/server/queries/stories";
import { CallHistory } from "./call-history";
import { CallPanel } from "./call-panel";
import { CountHistory } from "./count-history";
import { FastEntryBar } from "./fast-entry-bar";
import { PendingCallNotice } from "./pending-call-notice";
import { SourceCallNote } from "./source-call-note";
import { StoriesAfterCall } from "./stories-after-call";
import { UnitTallyForm } from "./unit-tally-form";
import { UnitHistory } from "./unit-history";
import { withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";
import { LiveDesk } from "../../live-desk";
import { ReaderPageLink } from "../../reader-page-link";

export const dynamic = "force-dynamic";

interface RaceDeskProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: RaceDeskProps): Promise<Metadata> {
  const race = await getRaceResult((await params).slug);
  return { title: race ? `Desk: ${race.office}, ${race.seat}` : "Race not found" };
}

export default async function RaceDeskPage({ params }: RaceDeskProps) {
  return withDeskAccess("desk:read", async (actor) => {
    const { slug } = await params;
    const race = await getRaceResult(slug);
    if (!race) notFound();
    const units = race.units.map((u) => unitWithAllCandidates(race, u.slug)!);
    const publishes = can(actor.role, "story:publish");
    const [calls, pendingCall, advice, held, history, lastSaves, storiesAfterCall] = await Promise.all([
      listRaceCalls(actor, slug),
      getPendingCall(actor, slug),
      getSourceCallAdvice(actor, slug),
      listHeldFeedCounts(actor, { raceSlug: slug }),
      listCountHistory(actor, slug),
      listUnitLastSaves(actor, slug),
      publishes ? listStoriesAfterCall(actor, slug) : [],
    ]);
    const now = new Date();
    const when = (iso: string) => formatClockOrDate(iso, env.DISPLAY_TIME_ZONE, now);
    const adviceView = advice && sourceCallAdviceView(advice, when);
    const heldOf = new Map(held.map((h) => [h.unit.slug, { snapshotId: h.snapshotId, source: h.source, when: when(h.receivedAt), feed: h.feed }]));
    const lastSaveOf = (unitSlug: string) => {
      const save = lastSaves.get(unitSlug);
      return save ? { by: save.by, when: when(save.at) } : null;
    };
    const candidates = [...race.candidates].sort((a, b) => a.ballotOrder - b.ballotOrder).map(({ slug, name }) => ({ slug, name }));
    const setsUp = can(actor.role, "election:setup");
    const nameOf = new Map(race.candidates.map((c) => [c.slug, c.name]));
    const names = (slugs: string[]) => slugs.map((s) => nameOf.get(s) ?? s).join(" and ");
    return (
      <>
        <p className="kicker">{setsUp ? <Link href={`/newsroom/elections/${race.election.slug}`}>{race.election.name}</Link> : race.election.name}</p>
        <h1>
          {race.office}, {race.seat}
        </h1>
        <div className="status-line">
          <StatusBadge race={race} />
          <span>{marginSentence(race)}</span>
          <ReaderPageLink href={`/races/${race.slug}`} />
          {setsUp && <Link href={`/newsroom/races/${race.slug}/setup`}>Set-up</Link>}
        </div>
        <ReportingMeter reporting={race.reporting} expectedVotePct={race.expectedVotePct} />
        <LiveDesk watch={{ kind: "race", slug: race.slug }} />
        {adviceView && !can(actor.role, "race:call") && <SourceCallNote advice={adviceView} />}
        <h2>Tallies by reporting unit</h2>
        <p className="small muted">
          Enter absolute counts, not increments. Each unit saves on its own; if someone else saved it since you opened the
          page, you will see both sets of numbers and nothing is overwritten.
        </p>
        <FastEntryBar units={units.map(({ slug, name }) => ({ slug, name }))} />
        {units.map((unit) => (
          <Fragment key={unit.slug}>
            <UnitTallyForm
              raceSlug={race.slug}
              unit={unit}
              candidates={candidates}
              seats={race.seats}
              held={heldOf.get(unit.slug) ?? null}
              lastSave={lastSaveOf(unit.slug)}
            />
            <UnitHistory
              raceSlug={race.slug}
              unitSlug={unit.slug}
              unitName={unit.name}
              version={unit.version}
              timeZone={env.DISPLAY_TIME_ZONE}
              canUndo={can(actor.role, "tally:write")}
            />
          </Fragment>
        ))}
        <div className="setup-columns">
          {can(actor.role, "race:call") && (
            <div>
              {pendingCall && (
                <PendingCallNotice
                  raceSlug={race.slug}
                  pendingId={pendingCall.id}
                  decision={pendingCall.status === "called" ? `Call for ${names(pendingCall.winners)}` : `Runoff: ${names(pendingCall.advancing)}`}
                  proposedBy={pendingCall.proposedBy}
                  when={when(pendingCall.proposedAt)}
                  // The warnings in words, as the guard says them of the count now.
                  acknowledged={checkCall(race, { ...pendingCall, note: pendingCall.note ?? undefined }, race.call.status).warnings.map((w) => w.message)}
                  note={pendingCall.note}
                  canConfirm={mayConfirm(pendingCall.proposedById, actor.userId)}
                />
              )}
              <CallPanel
                raceSlug={race.slug}
                seats={race.seats}
                currentStatus={race.call.status}
                candidates={race.candidates.map((c) => ({ slug: c.slug, name: c.name, votes: formatVotes(c.votes), pct: formatPct(c.pct) }))}
                advice={adviceView}
              />
              {publishes && <StoriesAfterCall stories={storiesAfterCall} raceSlug={race.slug} timeZone={env.DISPLAY_TIME_ZONE} />}
            </div>
          )}
          <CallHistory calls={calls} timeZone={env.DISPLAY_TIME_ZONE} />
        </div>
        <CountHistory entries={history} timeZone={env.DISPLAY_TIME_ZONE} />
      </>
    );
  });
}

import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge, TestDataBadge } from "@/components/status-badge";
import { TableScroll } from "@/components/table-scroll";
import { ATTENTION_WORDS, filterAttention, inElection, racesNeedingAttention, readDeskFilter } from "@/lib/domain/attention";
import { formatPct } from "@/lib/domain/margin-words";
import { marginSentence } from "@/lib/domain/race-status";
import { can } from "@/lib/domain/permissions";
import { RESULT_LIMIT, tidyQuery } from "@/lib/domain/search";
import { formatClockOrDate } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { listDeskElections, listDeskRaces } from "@/lib/server/queries/desk";
import { searchDesk } from "@/lib/server/queries/desk-search";
import { summarizeElectionFeeds, type ElectionFeedSummary } from "@/lib/server/queries/feed-sources";
import { listHeldFeedCounts } from "@/lib/server/queries/held-feed-counts";
import { listRacesWithPendingCalls } from "@/lib/server/queries/pending-calls";
import { listDeskStories } from "@/lib/server/queries/stories";
import { withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";
import { AttentionFilters } from "./attention-filters";
import { DeskSearch } from "./desk-search";
import { LiveDesk } from "./live-desk";

export const metadata: Metadata = { title: "Desk" };
export const dynamic = "force-dynamic";

/** Each election's polled feeds, failing ones called out, with the way to its feeds page. */
function FeedsPanel({ feeds }: { feeds: ElectionFeedSummary[] }) {
  if (feeds.length === 0) return null;
  return (
    <section className="desk-panel" aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Feeds</h2>
      <ul className="attention">
        {feeds.map((election) => (
          <li key={election.slug}>
            <span>
              <Link href={`/newsroom/elections/${election.slug}/feeds`}>
                Feeds<span className="visually-hidden"> of {election.name}</span>
              </Link>{" "}
              <span className="muted small">{election.name}</span>
              {election.failing > 0 && (
                <>
                  <br />
                  <span className="reason">{election.failing === 1 ? "1 source failing" : `${election.failing} sources failing`}</span>
                </>
              )}
            </span>
            <span className="small">
              {election.sources === 0 ? "no sources" : election.sources === 1 ? "1 source" : `${election.sources} sources`}
              {election.paused > 0 && `, ${election.paused} paused`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface DeskDashboardProps {
  searchParams: Promise<{ q?: string | string[]; election?: string | string[]; reason?: string | string[] }>;
}

export default async function DeskDashboard({ searchParams }: DeskDashboardProps) {
  return withDeskAccess("desk:read", async (actor) => {
    const params = await searchParams;
    const query = tidyQuery(params.q);
    // Staff see the races; pulled stories are for the editors who can rewrite or republish them.
    const [allRaces, stories, held, elections, feeds, found, pendingCalls] = await Promise.all([
      listDeskRaces(actor),
      can(actor.role, "story:publish") ? listDeskStories(actor) : [],
      listHeldFeedCounts(actor),
      listDeskElections(actor),
      summarizeElectionFeeds(actor),
      query ? searchDesk(actor, query, RESULT_LIMIT) : null,
      listRacesWithPendingCalls(actor),
    ]);
    const now = new Date();
    const filter = readDeskFilter(params, elections.map((e) => e.slug));
    const races = allRaces.filter(inElection(filter));
    const attention = filterAttention(racesNeedingAttention(races, now, pendingCalls), filter);
    const filtered = filter.election !== null || filter.reason !== null;
    const pulled = stories.filter((s) => s.status === "pulled");
    // Editors reach every race's and election's set-up from here; staff have none to reach.
    const setsUp = can(actor.role, "election:setup");
    const heldAgainst = held.filter((h) => h.differs);
    return (
      <>
        <h1>Desk</h1>
        <LiveDesk watch={{ kind: "all" }} />
        {pulled.length > 0 && (
          <section className="desk-panel pulled-stories" aria-labelledby="pulled-heading">
            <h2 id="pulled-heading">Pulled stories</h2>
            <p className="small">These were published, then the call changed. Readers now see a withdrawal notice.</p>
            <ul className="attention">
              {pulled.map((story) => (
                <li key={story.id}>
                  <span>
                    <Link href={`/newsroom/stories/${story.id}`}>{story.headline}</Link>{" "}
                    <span className="muted small">
                      {story.race.office}, {story.race.seat}
                    </span>
                  </span>
                  <span className="small">{story.pulledReason}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {heldAgainst.length > 0 && (
          <section className="desk-panel held-units" aria-labelledby="held-heading">
            <h2 id="held-heading">
              {heldAgainst.length === 1 ? "1 unit" : `${heldAgainst.length} units`} held against the feed
            </h2>
            <p className="small">Entered by hand, and the feed now says otherwise. The desk&apos;s count stands until someone uses the feed&apos;s.</p>
            <ul className="attention">
              {heldAgainst.map((h) => (
                <li key={`${h.race.slug}/${h.unit.slug}`}>
                  <span>
                    <Link href={`/newsroom/races/${h.race.slug}#${h.unit.slug}-title`}>
                      {h.unit.name}
                      <span className="visually-hidden">, {h.race.name}</span>
                    </Link>{" "}
                    <span className="muted small">
                      {h.race.name} · {h.race.electionName}
                    </span>
                  </span>
                  <span className="small">
                    {h.source} feed, {formatClockOrDate(h.receivedAt, env.DISPLAY_TIME_ZONE, now)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <DeskSearch query={query} filter={filter} results={found} />
        <section className="desk-panel" aria-labelledby="attention-heading">
          <h2 id="attention-heading">Needs attention</h2>
          <AttentionFilters filter={filter} elections={elections} query={query} />
          {attention.length === 0 ? (
            <p>
              {filtered
                ? "Nothing the filter keeps needs attention."
                : "Nothing needs attention: every race is either called or has not started counting."}
            </p>
          ) : (
            <ul className="attention">
              {attention.map(({ race, reasons }) => (
                <li key={race.slug}>
                  <span>
                    <Link href={`/newsroom/races/${race.slug}`}>
                      {race.office}, {race.seat}
                    </Link>{" "}
                    <span className="muted small">{race.election.name}</span> {race.testData && <TestDataBadge />}
                    <br />
                    {reasons.map((r) => (
                      <span className="reason" key={r}>
                        {ATTENTION_WORDS[r]}
                      </span>
                    ))}
                  </span>
                  <span className="small">
                    {marginSentence(race)} · {formatPct(Math.round(race.reporting.pct), 0)} reporting
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <FeedsPanel feeds={feeds} />
        <section className="desk-panel" aria-labelledby="all-heading">
          <h2 id="all-heading">{filter.election ? `All races of ${elections.find((e) => e.slug === filter.election)!.name}` : "All races"}</h2>
          <TableScroll label="All races">
            <table>
              <thead>
                <tr>
                  <th scope="col">Race</th>
                  <th scope="col">Election</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">Reporting</th>
                  {setsUp && <th scope="col">Set-up</th>}
                </tr>
              </thead>
              <tbody>
                {races.map((race) => (
                  <tr key={race.slug}>
                    <th scope="row">
                      <Link href={`/newsroom/races/${race.slug}`}>
                        {race.office}, {race.seat}
                      </Link>
                    </th>
                    <td>{setsUp ? <Link href={`/newsroom/elections/${race.election.slug}`}>{race.election.name}</Link> : race.election.name}</td>
                    <td>
                      <StatusBadge race={race} />
                    </td>
                    <td className="num">{formatPct(Math.round(race.reporting.pct), 0)}</td>
                    {setsUp && (
                      <td>
                        <Link href={`/newsroom/races/${race.slug}/setup`}>
                          Set up<span className="visually-hidden"> {race.office}, {race.seat}</span>
                        </Link>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
        {can(actor.role, "tally:import") && elections.length > 0 && (
          <section className="desk-panel" aria-labelledby="feed-import-heading">
            <h2 id="feed-import-heading">Import a feed file</h2>
            <p className="small">An AP, Clarity or OpenElections file, applied to one election.</p>
            <ul className="inline-links">
              {elections.map((election) => (
                <li key={election.slug}>
                  <Link href={`/newsroom/elections/${election.slug}/feed-import`}>
                    {election.name}
                    <span className="visually-hidden">: import a feed file</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </>
    );
  });
}

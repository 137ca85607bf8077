// The picture a shared race link shows: office and seat, the call (and a retraction, with the
// editor's note), the leader and their share, the margin in words and how much is counted, under a
// banner across the top when the election holds test data. Drawn from the current count, with the
// default font next/og ships (nothing is fetched: the server may have no internet).
import { ImageResponse } from "next/og";
import { formatPct } from "@/lib/domain/margin-words";
import { callLabel, marginSentence, retractionLine } from "@/lib/domain/race-status";
import { TEST_DATA_BANNER } from "@/lib/domain/test-data";
import { formatClock } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { readRace } from "@/lib/server/queries/reader";
import { PUBLIC_CACHE_CONTROL } from "@/lib/server/response-headers.cjs";

// Drawing takes 30-60 ms of CPU, so the picture is cached like its race page: drawn on the first
// request and kept in the page cache under the race's tag until a command changes the race
// (lib/server/cache/next-cache-handler.cjs), re-drawn in the background at most every 5 s.
export const revalidate = 5;

export function generateStaticParams(): { slug: string }[] {
  return [];
}
export const alt = "The race's leader, margin and status";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/**
 * Keeps text to Latin letters and punctuation the bundled font draws. Anything else would make
 * next/og try to download a fallback font or emoji from the internet.
 */
function drawable(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e\u00a0-\u00ff]/g, "");
}

const TONE_COLORS = { called: "#11643b", runoff: "#6a3fa0", too_close: "#8a4b00", uncalled: "#3c4043" } as const;
/** The test-data banner's red (app/globals.css, --test-bg). */
const TEST_RED = "#9d1111";

export default async function RaceImage({ params }: { params: Promise<{ slug: string }> }) {
  const race = await readRace((await params).slug);
  if (!race) return new Response("Race not found", { status: 404 });
  const leader = race.totalVotes > 0 ? race.candidates[0] : undefined;
  const retraction = retractionLine(race.call, (iso) => formatClock(iso, env.DISPLAY_TIME_ZONE));
  // A retraction is news in itself: the picture takes the colour of a race in doubt (test data's red
  // outranks it).
  const tone = TONE_COLORS[race.call.status];
  const edge = race.testData ? TEST_RED : retraction ? TONE_COLORS.too_close : tone;

  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", color: "#121212", borderTop: `16px solid ${edge}` }}>
        {race.testData && (
          <div style={{ display: "flex", justifyContent: "center", background: TEST_RED, color: "#ffffff", fontSize: 46, fontWeight: 700, padding: "16px 24px" }}>
            {drawable(TEST_DATA_BANNER)}
          </div>
        )}
        <div style={{ flex: 1, display: "flex", flexDirection: "column", justifyContent: "space-between", padding: race.testData ? "36px 72px 48px" : "64px 72px" }}>
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ fontSize: 30, color: "#5f6368", textTransform: "uppercase", letterSpacing: 2 }}>
              {drawable(race.election.name)}
            </div>
            <div style={{ fontSize: 64, fontWeight: 700, marginTop: 12, lineHeight: 1.1 }}>
              {drawable(`${race.office}, ${race.seat}`)}
            </div>
            <div style={{ display: "flex", marginTop: 28 }}>
              <div style={{ fontSize: 32, color: tone, border: `3px solid ${tone}`, borderRadius: 8, padding: "6px 18px", textTransform: "uppercase" }}>
                {drawable(callLabel(race))}
              </div>
            </div>
            {retraction && (
              <div style={{ display: "flex", marginTop: 18, fontSize: 28, color: TONE_COLORS.too_close, borderLeft: `8px solid ${TONE_COLORS.too_close}`, paddingLeft: 18, lineHeight: 1.25 }}>
                {drawable(retraction.length > 120 ? `${retraction.slice(0, 117)}...` : retraction)}
              </div>
            )}
          </div>
          <div style={{ display: "flex", flexDirection: "column" }}>
            {leader && (
              <div style={{ display: "flex", alignItems: "baseline", fontSize: 52 }}>
                <span style={{ fontWeight: 700 }}>{drawable(leader.name)}</span>
                <span style={{ marginLeft: 24, color: "#4a4a4a" }}>{formatPct(leader.pct)}</span>
              </div>
            )}
            <div style={{ fontSize: 40, marginTop: 8 }}>{drawable(marginSentence(race))}</div>
            <div style={{ fontSize: 28, marginTop: 20, color: "#5f6368" }}>
              {`${formatPct(Math.round(race.reporting.pct), 0)} of precincts reporting${race.election.isDemo ? " - demo data" : ""}`}
            </div>
          </div>
        </div>
      </div>
    ),
    { ...size, headers: { "Cache-Control": PUBLIC_CACHE_CONTROL } },
  );
}

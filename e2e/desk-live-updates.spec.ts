// Live reader pages: a tally write and a call reach an open race page and the embed without a
// reload, within five seconds, by push (server-sent events), and by polling when the streams are
// blocked; a page whose stream works polls nothing, and a polling page with nothing new costs the
// server only 304s; a hidden page holds no stream; a browser holds no more than a few of the
// site's streams; and the live pages keep to the width of a small phone. In the "live" project,
// after the District 5 night of the "calls" project: it writes to District 5 and marks it too close
// to call.
import type { Page } from "@playwright/test";
import { MAX_OPEN_STREAMS } from "../lib/domain/live-transport";
import { bearer } from "./api-keys";
import { blockStreams, openLive, POLL_INTERVAL_MS, TRANSPORTS } from "./live-transport";
import { expect, test } from "./openapi-check";

const RACE = "atlanta-2017-council-district-5";
const RACE_API = `/api/v1/races/${RACE}`;
const WITHIN_FIVE_SECONDS = { timeout: 5_000 };

interface RaceJson {
  call: { status: string };
  candidates: { slug: string; votes: number }[];
  units: { slug: string; version: number; votes: Record<string, number> }[];
}

const votes = (n: number) => n.toLocaleString("en-US");

async function hasNoHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

for (const transport of TRANSPORTS) {
  test.describe(`by ${transport}`, () => {
    test("a tally written through the API shows on the open race page without a reload", async ({ page, context, request }) => {
      if (transport === "polling") await blockStreams(context, "refuse");
      const traffic = await openLive(page, `/races/${RACE}`, RACE_API, transport);
      const updated = page.getByText(/^Last updated /);
      const updatedBefore = await updated.textContent();

      const race: RaceJson = await (await request.get(RACE_API)).json();
      const unit = race.units.find((u) => u.slug === "fulton")!;
      const count = unit.votes["natalyn-archibong"]! + 1234;
      const write = await request.put(`${RACE_API}/units/fulton`, {
        headers: bearer("staff"),
        data: { version: unit.version, votes: { "natalyn-archibong": count } },
      });
      expect(write.status()).toBe(200);
      const total = ((await write.json()) as RaceJson).candidates.find((c) => c.slug === "natalyn-archibong")!.votes;

      const fulton = page.getByRole("table", { name: "Votes and precincts reporting in each reporting unit" }).getByRole("row", { name: /^Fulton County/ });
      await expect(fulton).toContainText(votes(count), WITHIN_FIVE_SECONDS);
      await expect(fulton.locator(".live-changed").first()).toBeAttached();
      await expect(page.getByRole("table", { name: /^Results/ }).getByRole("row", { name: /Natalyn Archibong/ })).toContainText(votes(total));
      await expect(updated).not.toHaveText(updatedBefore ?? "");
      expect(traffic.streams).toEqual([`${RACE_API}/events`]);
      if (transport === "push") expect(traffic.polls).toEqual([]);
    });

    test("the embed updates without a reload too", async ({ page, context, request }) => {
      if (transport === "polling") await blockStreams(context, "abort");
      const traffic = await openLive(page, `/embed/races/${RACE}`, RACE_API, transport);
      const race: RaceJson = await (await request.get(RACE_API)).json();
      const unit = race.units.find((u) => u.slug === "dekalb")!;
      const write = await request.put(`${RACE_API}/units/dekalb`, {
        headers: bearer("staff"),
        data: { version: unit.version, votes: { "liliana-bakhtiari": unit.votes["liliana-bakhtiari"]! + 50 } },
      });
      expect(write.status()).toBe(200);
      const total = ((await write.json()) as RaceJson).candidates.find((c) => c.slug === "liliana-bakhtiari")!.votes;
      await expect(page.getByRole("row", { name: /Liliana Bakhtiari/ })).toContainText(votes(total), WITHIN_FIVE_SECONDS);
      // The browser reconnects a dropped stream by itself until the page gives up on it.
      expect(new Set(traffic.streams)).toEqual(new Set([`${RACE_API}/events`]));
      if (transport === "push") expect(traffic.polls).toEqual([]);
    });

    const quiet = transport === "push" ? "nothing is polled" : "polls are answered 304";
    test(`a call shows on the open race page and is announced; while nothing changes, ${quiet}`, async ({ page, context, request }) => {
      // Polling: the stream hangs unanswered, as behind a proxy that buffers it.
      if (transport === "polling") await blockStreams(context, "hang");
      // A retried run finds the race already marked; start it from "not yet called" again.
      const before: RaceJson = await (await request.get(RACE_API)).json();
      if (before.call.status !== "uncalled") {
        const reset = await request.post(`${RACE_API}/call`, { headers: bearer("editor"), data: { status: "uncalled", note: "Test reset." } });
        expect(reset.status()).toBe(201);
      }

      const traffic = await openLive(page, `/races/${RACE}`, RACE_API, transport);
      const badge = page.locator(".status-line .badge");
      await expect(badge).toHaveText("Not yet called");

      const call = await request.post(`${RACE_API}/call`, { headers: bearer("editor"), data: { status: "too_close" } });
      expect(call.status()).toBe(201);
      await expect(badge).toHaveText("Too close to call", WITHIN_FIVE_SECONDS);
      await expect(page.locator("article").getByRole("status")).toHaveText("Too close to call");

      const seen = traffic.polls.length;
      if (transport === "push") {
        // Longer than a poll interval: a page that polled beside its stream would have asked by now.
        await page.waitForTimeout(POLL_INTERVAL_MS + 1_000);
        expect(traffic.polls).toEqual([]);
      } else {
        await page.waitForTimeout(7_000);
        const quietPolls = traffic.polls.slice(seen);
        expect(quietPolls.length).toBeGreaterThanOrEqual(2);
        expect(quietPolls).toEqual(quietPolls.map(() => 304));
      }
    });
  });
}

test("a hidden page lets its stream go, and a new one on its return brings what it missed", async ({ page, request }) => {
  const traffic = await openLive(page, `/races/${RACE}`, RACE_API, "push");
  // What the browser does when the reader switches tabs, without a second window.
  const setHidden = (hidden: boolean) =>
    page.evaluate((hidden) => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  await setHidden(true);

  const race: RaceJson = await (await request.get(RACE_API)).json();
  const unit = race.units.find((u) => u.slug === "dekalb")!;
  const count = unit.votes["natalyn-archibong"]! + 7;
  const write = await request.put(`${RACE_API}/units/dekalb`, { headers: bearer("staff"), data: { version: unit.version, votes: { "natalyn-archibong": count } } });
  expect(write.status()).toBe(200);
  const dekalb = page.getByRole("table", { name: "Votes and precincts reporting in each reporting unit" }).getByRole("row", { name: /^DeKalb County/ });
  // An open stream delivers a write within milliseconds; a closed one cannot.
  await page.waitForTimeout(1_000);
  await expect(dekalb).not.toContainText(votes(count));

  await setHidden(false);
  await expect(dekalb).toContainText(votes(count), WITHIN_FIVE_SECONDS);
  expect(traffic.streams).toEqual([`${RACE_API}/events`, `${RACE_API}/events`]);
  expect(traffic.polls).toEqual([]);
});

test(`a browser holds at most ${MAX_OPEN_STREAMS} of the site's streams at once: one more live page polls`, async ({ context }) => {
  const pages = await Promise.all(Array.from({ length: MAX_OPEN_STREAMS + 1 }, () => context.newPage()));
  const streaming = await Promise.all(pages.slice(0, -1).map((page) => openLive(page, `/races/${RACE}`, RACE_API, "push")));
  const polling = await openLive(pages.at(-1)!, `/embed/races/${RACE}`, RACE_API, "polling");
  expect(polling.streams).toEqual([]);
  for (const traffic of streaming) expect(traffic.polls).toEqual([]);
});

test("live pages have no horizontal scroll at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [`/races/${RACE}`, `/embed/races/${RACE}`, "/elections/demo-county-2026-general", "/"]) {
    await page.goto(path);
    expect(await hasNoHorizontalScroll(page), path).toBe(true);
  }
});

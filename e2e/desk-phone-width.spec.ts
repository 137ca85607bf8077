// The desk on a phone: an editor checking a race from the count room has a phone, not a desk. Every
// desk page (found by walking the app, so a new one is covered) lays out within a 375 px screen; a
// table wider than that scrolls in its own named region (components/table-scroll.tsx) and a long
// option, address or hint wraps, rather than the whole page scrolling sideways.
import { bearer } from "./api-keys";
import { deskPaths } from "./desk-routes";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

const RACE = "demo-county-clerk";

test.use({ storageState: STORAGE_STATE("admin"), viewport: { width: 375, height: 800 } });

test("every desk page fits a 375 px phone's width", async ({ page, request }) => {
  const race = await (await request.get(`/api/v1/races/${RACE}`)).json();
  const created = await request.post("/api/v1/stories", {
    headers: bearer("editor"),
    data: { raceSlug: RACE, headline: "Clerk race: what to watch", body: "A draft for the phone check.", expects: { kind: "winner", candidate: race.candidates[0].slug } },
  });
  expect(created.status()).toBe(201);
  const paths = deskPaths({
    "stories/id": (await created.json()).id,
    "races/slug": RACE,
    "elections/slug": race.election.slug,
    "candidates/slug": race.candidates[0].slug,
  });

  for (const path of paths) {
    await page.goto(path);
    // The page itself, not the sign-in page a lapsed session would be sent to.
    expect(new URL(page.url()).pathname).toBe(path);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      // The outermost elements past the edge, to say what widened the page.
      return [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && !(element.parentElement!.getBoundingClientRect().right > width + 1))
        .slice(0, 5)
        .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${Math.round(element.getBoundingClientRect().width)} px`);
    });
    expect(overflow, `${path} is wider than the phone`).toEqual([]);
  }
});

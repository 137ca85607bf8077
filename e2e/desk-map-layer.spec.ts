// The desk's map layer page end to end, on an election of its own: its race of wards has no shapes
// and readers see no map; a file that is not a layer is refused with its reason and changes
// nothing; an editor uploads a GeoJSON layer that has one of the two wards, and the race page draws
// that ward and says the other is not shown.
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

// Each worker that runs this file makes its own election: their names must differ too.
const SUFFIX = Date.now().toString(36);
const ELECTION = `map-e2e-${SUFFIX}`;
const RACE = `map-e2e-race-${SUFFIX}`;

const layer = (features: unknown[]) => Buffer.from(JSON.stringify({ type: "FeatureCollection", features }));
const ward = (name: string, x: number) => ({
  type: "Feature",
  properties: { WARD_NAME: name },
  geometry: { type: "Polygon", coordinates: [[[x, 40], [x + 0.1, 40], [x + 0.1, 40.1], [x, 40.1], [x, 40]]] },
});

test.beforeAll(async ({ request }) => {
  const election = await request.post("/api/v1/elections", { headers: bearer("editor"), data: { name: `Map check ${SUFFIX}`, date: "2026-12-15", jurisdiction: "Demo County", slug: ELECTION } });
  expect(election.status()).toBe(201);
  const race = await request.post(`/api/v1/elections/${ELECTION}/races`, {
    headers: bearer("editor"),
    data: {
      slug: RACE,
      office: "Demo County Board",
      seat: `Map check ${SUFFIX}`,
      rule: { kind: "plurality" },
      candidates: [{ name: `Ada Mapwell ${SUFFIX}` }, { name: `Ben Shapely ${SUFFIX}` }],
      units: [{ name: "Ward 1", precinctsTotal: 2 }, { name: "Ward 2", precinctsTotal: 2 }],
    },
  });
  expect(race.status()).toBe(201);
});

test.describe("as editor", () => {
  test.use({ storageState: STORAGE_STATE("editor") });

  test("no shapes, no map; a bad file is refused; a layer with one ward draws it and names the other", async ({ page }) => {
    await page.goto(`/races/${RACE}`);
    await expect(page.getByRole("heading", { name: "Results by reporting units" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Who leads where" })).toHaveCount(0);

    await page.goto(`/newsroom/elections/${ELECTION}`);
    await page.getByRole("link", { name: "Map layer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Map layer" })).toBeVisible();
    await expect(page.getByText("No layer yet.")).toBeVisible();
    const form = page.getByRole("form", { name: "Upload a map layer" });

    // A point is not a shape a map can fill: refused, with the reason, and nothing kept.
    await form.getByLabel("GeoJSON or TopoJSON file").setInputFiles({ name: "wards.geojson", mimeType: "application/geo+json", buffer: layer([{ ...ward("Ward 1", -89), geometry: { type: "Point", coordinates: [-89, 40] } }]) });
    await form.getByRole("textbox", { name: /Property naming each unit/ }).fill("WARD_NAME");
    await form.getByRole("button", { name: "Upload the layer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toContainText("Only Polygon and MultiPolygon shapes can be mapped");
    await page.reload();
    await expect(page.getByText("No layer yet.")).toBeVisible();

    await form.getByLabel("GeoJSON or TopoJSON file").setInputFiles({ name: "wards.geojson", mimeType: "application/geo+json", buffer: layer([ward("WARD 1", -89), ward("Ward 7", -88.9)]) });
    await form.getByRole("textbox", { name: /Property naming each unit/ }).fill("WARD_NAME");
    await form.getByRole("button", { name: "Upload the layer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Layer saved" })).toContainText("2 shapes");
    await expect(page.getByText("Ward 1", { exact: true })).toBeVisible();
    await expect(page.getByText("Ward 2", { exact: true })).toBeVisible();
    await expect(page.getByText("Ward 7", { exact: true })).toBeVisible();

    await page.goto(`/races/${RACE}`);
    const map = page.getByRole("region", { name: "Who leads where" });
    await expect(map.getByRole("link")).toHaveCount(1);
    await expect(map.getByRole("link", { name: "Ward 1: no votes reported yet" })).toBeVisible();
    await expect(map.getByText(/1 unit is not shown, for want of a shape: Ward 2\./)).toBeVisible();
    await expect(map.getByText(/Illustrative boundaries/)).toHaveCount(0);
  });
});

test.describe("as staff", () => {
  test.use({ storageState: STORAGE_STATE("staff") });

  test("staff cannot open the map layer page", async ({ page }) => {
    const response = await page.goto(`/newsroom/elections/${ELECTION}/map-layer`);
    await expect(page.getByRole("form", { name: "Upload a map layer" })).toHaveCount(0);
    expect(response!.status()).toBeLessThan(500);
  });
});

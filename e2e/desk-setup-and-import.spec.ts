import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

test.describe("as editor", () => {
  test.use({ storageState: STORAGE_STATE("editor") });

  test("an editor creates an election with a race, and readers see it", async ({ page }) => {
    await page.goto("/newsroom/elections/new");
    await page.getByRole("textbox", { name: /^Name/ }).fill("Riverton special election");
    await page.getByLabel("Election day").fill("2026-12-01");
    await page.getByRole("textbox", { name: /^Jurisdiction/ }).fill("Riverton (fictional)");
    await page.getByRole("button", { name: "Create election" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Riverton special election" })).toBeVisible();

    const race = page.getByRole("form", { name: "New race" });
    await race.getByRole("textbox", { name: /^Office/ }).fill("Riverton Mayor");
    await race.getByRole("textbox", { name: /^Seat(?!s)/ }).fill("Citywide");
    await race.getByLabel("Candidate 1", { exact: true }).fill("Ada Lovelace");
    await race.getByRole("button", { name: "Add candidate" }).click();
    await race.getByLabel("Candidate 2").fill("Grace Hopper");
    await race.getByLabel("Unit 1").fill("Ward 1");
    await race.getByRole("textbox", { name: /^Precincts/ }).fill("4");
    await race.getByRole("button", { name: "Create race" }).click();
    await expect(page).toHaveURL(/\/newsroom\/races\/[\w-]+\/setup$/);

    await page.goto("/");
    await page.getByRole("link", { name: "Riverton special election" }).click();
    const row = page.getByRole("row", { name: /Riverton Mayor, Citywide/ });
    await expect(row).toContainText("Not yet called");
    await expect(row).toContainText("No votes yet");
  });

  test("look-alike candidate names are flagged, keep everything typed, and are saved once the editor confirms", async ({ page }) => {
    // An election of its own: later specs count what Demo County's races show.
    const election = `Look-alike check ${Date.now()}`;
    const seat = "Ward 9";
    await page.goto("/newsroom/elections/new");
    await page.getByRole("textbox", { name: /^Name/ }).fill(election);
    await page.getByLabel("Election day").fill("2026-12-08");
    await page.getByRole("textbox", { name: /^Jurisdiction/ }).fill("Demo County");
    await page.getByRole("button", { name: "Create election" }).click();
    await expect(page.getByRole("heading", { level: 1, name: election })).toBeVisible();

    const race = page.getByRole("form", { name: "New race" });
    await race.getByRole("textbox", { name: /^Office/ }).fill("Demo County Council");
    await race.getByRole("textbox", { name: /^Seat(?!s)/ }).fill(seat);
    await race.getByLabel("Candidate 1", { exact: true }).fill("Ada Lovelace");
    await race.getByRole("button", { name: "Add candidate" }).click();
    await race.getByLabel("Candidate 2").fill("Ada Love1ace");
    await race.getByLabel("Unit 1").fill("Ward hall");
    await race.getByRole("textbox", { name: /^Precincts/ }).fill("2");
    await race.getByRole("button", { name: "Create race" }).click();

    await expect(race.getByText('Candidates 1 and 2 ("Ada Lovelace" and "Ada Love1ace") have names that look alike.')).toBeVisible();
    await expect(race.getByText('looks like candidate 1, "Ada Lovelace"')).toBeVisible();
    // Nothing typed is lost.
    await expect(race.getByRole("textbox", { name: /^Office/ })).toHaveValue("Demo County Council");
    await expect(race.getByRole("textbox", { name: /^Seat(?!s)/ })).toHaveValue(seat);
    await expect(race.getByLabel("Candidate 1", { exact: true })).toHaveValue("Ada Lovelace");
    await expect(race.getByLabel("Candidate 2")).toHaveValue("Ada Love1ace");
    await expect(race.getByLabel("Unit 1")).toHaveValue("Ward hall");

    const confirm = race.getByRole("checkbox", { name: "The names are right: these are different people" });
    await confirm.check();
    await race.getByRole("button", { name: "Create race" }).click();
    await expect(page).toHaveURL(/\/newsroom\/races\/[\w-]+\/setup$/);
  });

  test("an editor uploads a candidate's photo, and it is served", async ({ page }) => {
    // A 1×1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
    await page.goto("/newsroom/candidates/frank-moreau");
    await page.getByLabel(/^Photo \(PNG/).setInputFiles({ name: "moreau.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "Upload photo" }).click();
    await expect(page.getByText("Photo saved; it now shows on the profile and in every race.")).toBeVisible();
    const photo = await page.request.get("/api/v1/candidates/frank-moreau/photo");
    expect([photo.status(), photo.headers()["content-type"]]).toEqual([200, "image/png"]);
  });

  test("an editor imports the example CSV after checking it", async ({ page }) => {
    await page.goto("/newsroom/import");
    await page.getByLabel(/Results file/).setInputFiles({
      name: "batch.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("race,unit,candidate,votes,precincts_reporting\ndemo-county-sheriff,district-3,marcus-bell,2400,6\ndemo-county-sheriff,district-3,dana-kowalski,2300,6\n"),
    });
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await expect(page.getByRole("status")).toContainText("1 units (2 candidate counts) would change. Nothing has been written yet.");
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.getByRole("status")).toContainText("Imported 2 rows for 1 reporting units");
    const race = await (await page.request.get("/api/v1/races/demo-county-sheriff")).json();
    expect(race.units.find((u: { slug: string }) => u.slug === "district-3")).toMatchObject({ precinctsReporting: 6, votes: { "marcus-bell": 2400, "dana-kowalski": 2300 } });
  });

  test("a CSV with a bad row is refused whole, with the line named", async ({ page }) => {
    await page.goto("/newsroom/import");
    await page.getByLabel(/Results file/).setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("race,unit,candidate,votes\ndemo-county-sheriff,district-1,marcus-bell,9000\ndemo-county-sheriff,district-1,nobody,5\n"),
    });
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await expect(page.getByRole("table")).toContainText("3");
    await expect(page.getByRole("table")).toContainText("nobody");
    await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
  });
});

test.describe("as staff", () => {
  test.use({ storageState: STORAGE_STATE("staff") });

  // Guards election set-up from staff: no link, and the pages refuse them.
  test("a staff member cannot reach election set-up", async ({ page }) => {
    await page.goto("/newsroom");
    await expect(page.getByRole("link", { name: "New election" })).toHaveCount(0);
    for (const path of ["/newsroom/elections/new", "/newsroom/elections/demo-county-2026-general", "/newsroom/races/demo-county-mayor/setup", "/newsroom/candidates/rosa-delgado"]) {
      await page.goto(path);
      await expect(page.getByRole("alert").filter({ hasText: "Your role does not allow you to set up elections and races." })).toBeVisible();
      await expect(page.getByRole("button", { name: /Create|Save/ })).toHaveCount(0);
    }
  });
});

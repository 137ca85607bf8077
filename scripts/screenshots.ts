// `npm run screenshots`: pictures of every reader page at desktop and phone widths, for a person to
// look at before a change lands. Needs a running server (BASE_URL, default http://127.0.0.1:3000).
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const outDir = process.env.SCREENSHOT_DIR ?? "test-results/screenshots";
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["/", "/elections/demo-county-2026-general", "/races/atlanta-2017-council-district-5", "/candidates/natalyn-archibong", "/races/no-such-race"];
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } };

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const [device, viewport] of Object.entries(widths)) {
  const page = await browser.newPage({ viewport });
  for (const path of pages) {
    await page.goto(baseUrl + path, { waitUntil: "networkidle" });
    const file = `${outDir}/${device}${path.replaceAll("/", "_") || "_home"}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();

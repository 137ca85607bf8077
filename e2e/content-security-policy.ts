// Checks of the Content-Security-Policy shared by the security specs: what the header must say,
// and every violation the browser reports while a page runs.
import { expect, type Page, type Response } from "@playwright/test";
import { scriptHashes } from "../lib/server/content-security-policy.cjs";

/** Collects what the browser refuses on this page, across navigations: violation events and console errors. */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  // Bindings and init scripts come from the test runner, outside the page's policy.
  await page.exposeBinding("reportPolicyViolation", (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportPolicyViolation(text: string): void }).reportPolicyViolation;
      report(`${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI || "inline"} ${event.sample}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** The policy's directives, each with its sources. */
export function directives(response: Response): Map<string, string[]> {
  const header = response.headers()["content-security-policy"];
  expect(header, `${response.url()} has a Content-Security-Policy`).toBeDefined();
  return new Map(
    header!.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/**
 * Asserts the directives every page has, and returns the script sources beyond 'self': the nonce or
 * hashes that name the page's own inline scripts.
 */
export function expectPagePolicy(response: Response, { framable = false } = {}): string[] {
  const policy = directives(response);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("img-src")).toEqual(expect.arrayContaining(["'self'", "data:", "blob:", "https:"]));
  expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(policy.get("frame-ancestors")).toEqual([framable ? "*" : "'none'"]);
  const [self, ...scripts] = policy.get("script-src") ?? [];
  expect(self).toBe("'self'");
  expect(scripts.length).toBeGreaterThan(0);
  for (const source of scripts) expect(source).toMatch(/^'(nonce|sha256)-[A-Za-z0-9+/=]+'$/);
  return scripts;
}

/** A cached page's policy names exactly the hashes of the inline scripts in its HTML. */
export async function expectHashesOfItsScripts(response: Response, options?: { framable?: boolean }) {
  const scripts = expectPagePolicy(response, options);
  expect(new Set(scripts)).toEqual(new Set(scriptHashes(await response.text())));
}

/** A page rendered for this request names one nonce, the one on every script in its HTML. */
export async function expectNonceOnItsScripts(response: Response): Promise<string> {
  const scripts = expectPagePolicy(response);
  expect(scripts).toHaveLength(1);
  const nonce = /^'nonce-(.+)'$/.exec(scripts[0]!)?.[1];
  expect(nonce).toBeDefined();
  const html = await response.text();
  const stamped = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => /\snonce="([^"]*)"/.exec(tag)?.[1]);
  expect(stamped.length).toBeGreaterThan(0);
  expect(new Set(stamped)).toEqual(new Set([nonce]));
  return nonce!;
}

/**
 * Whether the front door answered (lib/server/front-door.ts): a cache hit without the
 * x-nextjs-prerender header that Next sends with every cached page it serves itself.
 */
export function servedByFrontDoor(response: Response): boolean {
  const headers = response.headers();
  return headers["x-nextjs-cache"] === "HIT" && headers["x-nextjs-prerender"] === undefined;
}

/**
 * Visits a cached page twice and checks its policy each time: first served by Next (a query string
 * keeps the front door out; Next renders the page if it is not cached), then by the front door,
 * which answers while the page is fresh (5 s). `stream`, for a live page, is the JSON API whose event
 * stream it must open (opensStream). `scriptsRan` waits for what shows the page's own
 * scripts ran under the policy.
 */
export async function visitCachedPage(
  page: Page,
  path: string,
  {
    status = 200,
    framable = false,
    stream,
    scriptsRan,
  }: { status?: number; framable?: boolean; stream?: string; scriptsRan?: (page: Page) => Promise<unknown> } = {},
): Promise<Response> {
  // Armed before each navigation; one a retried visit left behind must not fail the test later.
  let streamed: Promise<unknown> = Promise.resolve();
  const armStream = () => {
    void streamed.catch(() => {});
    streamed = stream ? opensStream(page, stream) : Promise.resolve();
  };
  armStream();
  const byNext = (await page.goto(`${path}?served-by=next`))!;
  expect(byNext.status(), path).toBe(status);
  expect(byNext.headers()["x-nextjs-prerender"], path).toBe("1");
  await expectHashesOfItsScripts(byNext, { framable });
  await hydrated(page);
  await streamed;
  await scriptsRan?.(page);

  await expect(async () => {
    armStream();
    const byFrontDoor = (await page.goto(path))!;
    expect(servedByFrontDoor(byFrontDoor), path).toBe(true);
    expect(byFrontDoor.status(), path).toBe(status);
    await expectHashesOfItsScripts(byFrontDoor, { framable });
  }).toPass({ timeout: 20_000 });
  await hydrated(page);
  await streamed;
  await scriptsRan?.(page);
  return byNext;
}

/**
 * What shows a live page's scripts ran, and that its policy lets them connect: the page opens the
 * event stream of the JSON API it follows (`connect-src` governs EventSource as it does fetch) and
 * the server answers it. A stream the policy refused never reaches the server, and is a violation.
 * Call it before the navigation: a page opens its stream as soon as it hydrates.
 */
export function opensStream(page: Page, api: string): Promise<Response> {
  return page.waitForResponse(
    (response) => response.request().resourceType() === "eventsource" && new URL(response.url()).pathname === `${api}/events` && response.status() === 200,
    { timeout: 15_000 },
  );
}

/**
 * What shows that a page's own scripts ran: React hydrated it, which needs the framework's chunks
 * and the inline scripts that carry the page's RSC payload. React marks each element it hydrated.
 */
export const hydrated = (page: Page) =>
  page.waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith("__reactFiber$")), undefined, { timeout: 10_000 });

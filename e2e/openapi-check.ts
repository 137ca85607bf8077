// The specs' `test`, with every answer from /api/v1 checked against the OpenAPI document the server
// serves (lib/testing/openapi-check.ts): what the `request` fixture and a page's `request` receive,
// and what pages fetch themselves (the live pages' polls). The operation is found by method and
// path, so no spec has to remember to ask; a path or status the document does not give fails the test.
import { expect, test as base, type APIRequestContext, type APIResponse, type BrowserContext, type Response } from "@playwright/test";
import { OpenApiCheck } from "../lib/testing/openapi-check";

const API_PATH = /^\/api\/v1\//;
const JSON_TYPE = /^application\/json\b/i;

async function answerProblems(check: OpenApiCheck, method: string, response: APIResponse | Response, fromPage = false): Promise<string[]> {
  const path = new URL(response.url()).pathname;
  if (!API_PATH.test(path)) return [];
  const contentType = response.headers()["content-type"] ?? null;
  let body: string | null = null;
  if (contentType && JSON_TYPE.test(contentType)) {
    try {
      // A page that navigated away mid-answer leaves Playwright waiting for a body that never comes
      // (until the context closes, about 30 s, which ran a test out of time): a page's wait is bounded.
      body = fromPage ? await Promise.race([response.text(), abandoned()]) : await response.text();
    } catch (error) {
      // A body a page stopped waiting for (it navigated, or closed) is not the document's concern.
      if (fromPage) return [];
      throw error;
    }
    // Nor is one the browser took from its own cache after a 304: Playwright has no body to give.
    if (fromPage && body === "") return [];
  }
  return check.problems({ method, path, status: response.status(), contentType, body });
}

/** How long a page's API answer may take to arrive whole before it counts as abandoned. */
const PAGE_BODY_MS = 5_000;
const abandoned = () => new Promise<never>((_, reject) => setTimeout(() => reject(new Error("abandoned")), PAGE_BODY_MS).unref());

const checked = new WeakSet<APIRequestContext>();

/** Checks every answer this request context receives from now on (each of its methods goes through `fetch`). */
export function checkAnswers(request: APIRequestContext, check: OpenApiCheck): APIRequestContext {
  if (checked.has(request)) return request;
  checked.add(request);
  const fetch = request.fetch.bind(request);
  request.fetch = async (urlOrRequest, options = {}) => {
    const response = await fetch(urlOrRequest, options);
    const method = options.method ?? (typeof urlOrRequest === "string" ? "GET" : urlOrRequest.method());
    expect(await answerProblems(check, method, response), "the answer matches the OpenAPI document").toEqual([]);
    return response;
  };
  return request;
}

/** Checks what the context's pages fetch from the API; the problems are asserted when the test ends. */
function checkPageAnswers(context: BrowserContext, check: OpenApiCheck): () => Promise<string[]> {
  const pending: Promise<string[]>[] = [];
  context.on("response", (response) => {
    pending.push(answerProblems(check, response.request().method(), response, true));
  });
  return async () => (await Promise.all(pending)).flat();
}

export const test = base.extend<{ checkApi: (request: APIRequestContext) => APIRequestContext }, { openApi: OpenApiCheck }>({
  openApi: [
    async ({ playwright }, provide, workerInfo) => {
      const request = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      const document = await (await request.get("/api/v1/openapi.json")).json();
      await request.dispose();
      await provide(new OpenApiCheck(document));
    },
    { scope: "worker" },
  ],
  request: async ({ request, openApi }, provide) => {
    await provide(checkAnswers(request, openApi));
  },
  context: async ({ context, openApi }, provide) => {
    checkAnswers(context.request, openApi);
    const pageProblems = checkPageAnswers(context, openApi);
    await provide(context);
    expect(await pageProblems(), "what pages fetched from the API matches the OpenAPI document").toEqual([]);
  },
  /** For request contexts the fixtures do not make (a browser.newContext()'s). */
  checkApi: async ({ openApi }, provide) => {
    await provide((request) => checkAnswers(request, openApi));
  },
});

export { expect };

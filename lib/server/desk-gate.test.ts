// Guards the desk's front gate: a desk page asked for without a session cookie is answered with a
// redirect to sign-in before Next (and any page code) sees the request.
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { expect, test } from "vitest";
import { sendToSignInWithoutSession } from "./desk-gate";

function ask(method: string, url: string, cookie?: string) {
  const message = new IncomingMessage(new Socket());
  Object.assign(message, { method, url, headers: cookie ? { cookie } : {} });
  const response = new ServerResponse(message);
  const written: { status?: number; headers?: Record<string, string> } = {};
  response.writeHead = ((status: number, headers: Record<string, string>) => Object.assign(written, { status, headers }) && response) as ServerResponse["writeHead"];
  response.end = (() => response) as ServerResponse["end"];
  return { refused: sendToSignInWithoutSession(message, response), ...written };
}

test("desk pages without a session cookie go to sign-in, with the page to come back to", () => {
  expect(ask("GET", "/newsroom")).toMatchObject({ refused: true, status: 307, headers: { Location: "/sign-in?next=%2Fnewsroom" } });
  expect(ask("GET", "/newsroom/stories/abc?x=1")).toMatchObject({ refused: true, headers: { Location: "/sign-in?next=%2Fnewsroom%2Fstories%2Fabc" } });
  expect(ask("HEAD", "/newsroom/admin").refused).toBe(true);
  expect(ask("GET", "/newsroom", "theme=dark").refused).toBe(true);
});

test("a session cookie, a form post (a server action) and every other path pass through", () => {
  expect(ask("GET", "/newsroom", "better-auth.session_token=abc.def").refused).toBe(false);
  expect(ask("GET", "/newsroom", "__Secure-better-auth.session_token=abc.def").refused).toBe(false);
  expect(ask("POST", "/newsroom/races/d5").refused).toBe(false);
  for (const path of ["/", "/races/d5", "/newsroomish", "/sign-in", "/api/v1/stories"]) expect(ask("GET", path).refused).toBe(false);
});

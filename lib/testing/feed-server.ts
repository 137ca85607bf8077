// A feed server for the poller tests: node:http on 127.0.0.1 (allowed through FEED_ALLOWED_HOSTS in
// the tests that use it), answering each path with what the test set for it, and remembering every
// request it got, headers and exact URL included.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  /** The request target exactly as sent: path and query, byte for byte. */
  url: string;
  headers: IncomingHttpHeaders;
}

export type FeedRoute = (response: ServerResponse, request: ReceivedRequest) => void;

export interface FeedServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: ReceivedRequest[];
  /** Answers `pathAndQuery` (matched exactly, or by path alone when no exact route exists). */
  route: (pathAndQuery: string, answer: FeedRoute) => void;
  close: () => Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, FeedRoute>();
  const requests: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const received = { url: request.url ?? "", headers: request.headers };
    requests.push(received);
    const answer = routes.get(received.url) ?? routes.get(received.url.split("?")[0]!);
    if (!answer) {
      response.writeHead(404, { "content-type": "text/plain" }).end("no such feed");
      return;
    }
    answer(response, received);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route: (path, answer) => void routes.set(path, answer),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An answer with a body, a status and headers. */
export const reply =
  (status: number, body: string | Uint8Array, headers: Record<string, string> = {}): FeedRoute =>
  (response) =>
    void response.writeHead(status, headers).end(body);

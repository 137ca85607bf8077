// A webhook receiver for the tests: node:http on 127.0.0.1 (allowed through WEBHOOK_ALLOWED_HOSTS
// where it is used), remembering every POST it got, headers and raw body, and answering as the test
// says (200 "ok" unless told otherwise). It can be stopped and started again on the same port, to
// play a receiver that was down for a while.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as sent: what the signature covers. */
  body: string;
}

export type WebhookAnswer = (response: ServerResponse, request: ReceivedWebhook) => void;

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>/hooks` */
  url: string;
  port: number;
  received: ReceivedWebhook[];
  /** How every later request is answered. */
  answer: (respond: WebhookAnswer) => void;
  /** Stops listening (connections refused) until start(). */
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

const ok: WebhookAnswer = (response) => void response.writeHead(200, { "content-type": "text/plain" }).end("ok");

export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let respond = ok;
  let server: Server | null = null;
  let listeningOn = port;

  const start = async () => {
    const fresh = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const webhook = { path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
        received.push(webhook);
        respond(response, webhook);
      });
    });
    await new Promise<void>((resolve) => fresh.listen(listeningOn, "127.0.0.1", resolve));
    listeningOn = (fresh.address() as AddressInfo).port;
    server = fresh;
  };
  const stop = async () => {
    const old = server;
    server = null;
    if (!old) return;
    old.closeAllConnections();
    await new Promise<void>((resolve) => old.close(() => resolve()));
  };

  await start();
  return {
    url: `http://127.0.0.1:${listeningOn}/hooks`,
    port: listeningOn,
    received,
    answer: (next) => void (respond = next),
    stop,
    start,
  };
}

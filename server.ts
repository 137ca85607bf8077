// `npm start`: the production server. Next handles every request, behind the front door
// (lib/server/front-door.ts), which answers hot reads from the caches when they hold a fresh copy.
// PORT (default 3000) and HOSTNAME (default all interfaces) say where it listens. Every request
// carries the address it came from in a header only this server sets (lib/server/client-address.ts),
// for the sign-in throttle; desk pages without a session go to sign-in (lib/server/desk-gate.ts); what Next answers gets its page's Content-Security-Policy here
// (lib/server/security-headers.ts).
import { createServer } from "node:http";
import next from "next";
import { stampClientAddress } from "./lib/server/client-address";
import { sendToSignInWithoutSession } from "./lib/server/desk-gate";
import { HANDLES } from "./lib/server/cache/contract.cjs";
import { frontDoor } from "./lib/server/front-door";
import { addSecurityHeaders } from "./lib/server/security-headers";

// Read here rather than through lib/server/env.ts: this file runs outside Next's bundles, where that
// "server-only" module cannot be imported. The app checks PORT again when it starts (instrumentation.ts).
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  stampClientAddress(request);
  if (sendToSignInWithoutSession(request, response) || frontDoor(request, response)) return;
  addSecurityHeaders(request, response);
  void handle(request, response);
});
// An idle kept-alive connection is closed by the client or the load balancer in front, not by this
// server first: a request sent on a connection the server is closing at that moment fails ("socket
// hang up", a 502 from a balancer). Node's default of 5 s is under every balancer's idle timeout
// (AWS's is 60 s), so wait longer than theirs; the end-to-end suite's API client met the race too.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`Results desk ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    // Event streams never end by themselves: end them, and their browsers reconnect (to another
    // instance, or to this one restarted) with the id of the last event they received.
    (globalThis as unknown as Record<symbol, { closeAll(): void } | undefined>)[HANDLES.eventStreams]?.closeAll();
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; a second later, leave anyway.
    setTimeout(() => process.exit(0), 1_000).unref();
  });
}

// Guards the address the sign-in throttle counts by: a client must not be able to choose it, or it
// could take a fresh address for every attempt and walk past the per-address limits.
import type { IncomingMessage } from "node:http";
import { expect, test } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, stampClientAddress, UNKNOWN_ADDRESS } from "./client-address";

function request(socketAddress: string | undefined, headers: Record<string, string> = {}): Headers {
  const incoming = { headers: { ...headers }, socket: { remoteAddress: socketAddress } } as unknown as IncomingMessage;
  stampClientAddress(incoming);
  return new Headers(incoming.headers as Record<string, string>);
}

// First, before anything stamps in this process: as under `next dev`, with no server.ts in front.
test("without server.ts in front, the address header is the client's own and is not believed", () => {
  expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "192.0.2.7" }), 0)).toBe(UNKNOWN_ADDRESS);
  expect(clientAddress(new Headers({ "x-forwarded-for": "192.0.2.7, 198.51.100.1" }), 1)).toBe("198.51.100.1");
});

test("server.ts replaces an address header the client sent with the connection's address", () => {
  const headers = request("203.0.113.9", { [CLIENT_ADDRESS_HEADER]: "192.0.2.7" });
  expect(headers.get(CLIENT_ADDRESS_HEADER)).toBe("203.0.113.9");
  expect(clientAddress(headers, 0)).toBe("203.0.113.9");
});

test("X-Forwarded-For is ignored unless TRUST_PROXY says proxies stand in front", () => {
  expect(clientAddress(request("203.0.113.9", { "x-forwarded-for": "192.0.2.7" }), 0)).toBe("203.0.113.9");
});

test("behind n proxies the client is the nth address from the right, whatever the client put further left", () => {
  const headers = request("10.0.0.2", { "x-forwarded-for": "192.0.2.7, 198.51.100.20, 10.0.0.1" });
  expect(clientAddress(headers, 1)).toBe("10.0.0.1");
  expect(clientAddress(headers, 2)).toBe("198.51.100.20");
  expect(clientAddress(headers, 9)).toBe("192.0.2.7");
  // A request that reached the server without passing the proxy is its connection's.
  expect(clientAddress(request("203.0.113.9"), 1)).toBe("203.0.113.9");
});

test("addresses are one key however they are written; anything else is the unknown address", () => {
  expect(clientAddress(request("::ffff:203.0.113.9"), 0)).toBe("203.0.113.9");
  expect(clientAddress(request("2001:DB8::1"), 0)).toBe("2001:db8::1");
  expect(clientAddress(request(undefined), 0)).toBe(UNKNOWN_ADDRESS);
  expect(clientAddress(request("10.0.0.2", { "x-forwarded-for": "not-an-address" }), 1)).toBe(UNKNOWN_ADDRESS);
});

// The address rule that keeps feed URLs (typed by editors, or named by a feed's nextrequest or a
// redirect) away from the server's own network: every refused kind, in every spelling an attacker
// could pick, and the allow-list that lets a newsroom's own mirror through.
import fc from "fast-check";
import { expect, test } from "vitest";
import { classifyAddress, parseIPv4, parseIPv6, refusedAddress } from "./feed-address";

test.each([
  ["8.8.8.8", "public"],
  ["93.184.216.34", "public"],
  ["0.0.0.0", "unspecified"],
  ["10.1.2.3", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["172.32.0.1", "public"],
  ["192.168.1.1", "private"],
  ["100.64.0.1", "shared"],
  ["127.0.0.1", "loopback"],
  ["127.255.0.9", "loopback"],
  ["169.254.169.254", "link-local"],
  ["192.0.2.10", "documentation"],
  ["198.18.0.1", "reserved"],
  ["224.0.0.1", "multicast"],
  ["255.255.255.255", "reserved"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["[::1]", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["fe80::1%eth0", "link-local"],
  ["febf::1", "link-local"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["ff02::1", "multicast"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::ffff:10.0.0.1", "private"],
  ["::ffff:8.8.8.8", "public"],
  ["64:ff9b::169.254.169.254", "link-local"],
  ["2002:c0a8:0101::1", "private"],
  ["2001:db8::1", "documentation"],
  ["2001:4860:4860::8888", "public"],
  ["2606:4700::1111", "public"],
  ["::127.0.0.1", "reserved"],
] as const)("%s is %s", (address, kind) => {
  expect(classifyAddress(address)).toBe(kind);
});

test("host names and malformed addresses are not addresses", () => {
  for (const text of ["localhost", "api.ap.org", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1::2::3", "1:2:3:4:5:6:7:8:9", "::ffff:1.2.3", "gggg::1", ""]) {
    expect(classifyAddress(text), text).toBeNull();
  }
});

test("every dotted quad parses back to its bytes, and as an IPv4-mapped IPv6 address keeps its kind", () => {
  fc.assert(
    fc.property(fc.ipV4(), (address) => {
      expect(parseIPv4(address)!.join(".")).toBe(address);
      expect(classifyAddress(`::ffff:${address}`)).toBe(classifyAddress(address));
    }),
  );
});

test("every IPv6 spelling fast-check makes parses to eight groups", () => {
  fc.assert(
    fc.property(fc.ipV6(), (address) => {
      const groups = parseIPv6(address);
      expect(groups).toHaveLength(8);
      expect(groups!.every((g) => g >= 0 && g <= 0xffff)).toBe(true);
    }),
  );
});

test("a refused address says why in words; an allowed host or a public address passes", () => {
  expect(refusedAddress("intranet.example", "10.0.0.5", [])).toBe(
    "intranet.example resolves to a private address (10.0.0.5): feeds may only reach public addresses unless the host is listed in FEED_ALLOWED_HOSTS.",
  );
  expect(refusedAddress("169.254.169.254", "169.254.169.254", [])).toMatch(/^169\.254\.169\.254 is a link-local address/);
  expect(refusedAddress("Intranet.Example", "10.0.0.5", ["intranet.example"])).toBeNull();
  expect(refusedAddress("[::1]", "::1", ["::1"])).toBeNull();
  expect(refusedAddress("api.ap.org", "23.1.2.3", [])).toBeNull();
  expect(refusedAddress("odd.example", "not-an-address", [])).toMatch(/a reserved address/);
});

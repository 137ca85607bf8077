// The delivery signature: what a receiver checks is exactly what the sender signed, and nothing else
// passes: another body, another secret, a stale time, any byte of the header changed.
import fc from "fast-check";
import { expect, test } from "vitest";
import { signDelivery, verifyDelivery } from "./signature";

const NOW = 1_700_000_000;

test("a signature reads t=<seconds>,v1=<64 hex digits> of HMAC-SHA256 over '<t>.<body>'", async () => {
  // Computed independently: printf '1700000000.{"id":"e1"}' | openssl dgst -sha256 -hmac whsec_test
  expect(await signDelivery("whsec_test", '{"id":"e1"}', NOW)).toBe("t=1700000000,v1=6a85cb117c993612a34c72b4cfb5a16baed25a80d26e298ce0e6671320fd07c8");
});

test("verify(sign(x)) holds for any secret and body", async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ minLength: 1 }), fc.string(), async (secret, body) => {
      expect(await verifyDelivery(secret, body, await signDelivery(secret, body, NOW), NOW)).toEqual({ ok: true });
    }),
  );
});

test("any changed byte of the body fails", async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ minLength: 1 }), fc.nat(), fc.integer({ min: 1, max: 0xffff }), async (body, at, delta) => {
      const i = at % body.length;
      const tampered = body.slice(0, i) + String.fromCharCode((body.charCodeAt(i) + delta) % 0x10000) + body.slice(i + 1);
      fc.pre(tampered !== body);
      const header = await signDelivery("whsec_secret_secret", body, NOW);
      expect(await verifyDelivery("whsec_secret_secret", tampered, header, NOW)).toEqual({ ok: false, reason: "mismatch" });
    }),
  );
});

test("any changed hex digit of the signature fails", async () => {
  const header = await signDelivery("s3cret-s3cret-s3cret", "{}", NOW);
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: 63 }), fc.constantFrom(..."0123456789abcdef"), async (at, digit) => {
      const start = header.indexOf("v1=") + 3;
      fc.pre(header[start + at] !== digit);
      const tampered = header.slice(0, start + at) + digit + header.slice(start + at + 1);
      expect((await verifyDelivery("s3cret-s3cret-s3cret", "{}", tampered, NOW)).ok).toBe(false);
    }),
  );
});

test("another secret fails", async () => {
  const header = await signDelivery("the-right-secret", "{}", NOW);
  expect(await verifyDelivery("the-wrong-secret", "{}", header, NOW)).toEqual({ ok: false, reason: "mismatch" });
});

test("a time outside the tolerance fails, even with a true signature; inside it passes", async () => {
  const header = await signDelivery("secret", "{}", NOW);
  expect(await verifyDelivery("secret", "{}", header, NOW + 301)).toEqual({ ok: false, reason: "stale" });
  expect(await verifyDelivery("secret", "{}", header, NOW - 301)).toEqual({ ok: false, reason: "stale" });
  expect(await verifyDelivery("secret", "{}", header, NOW + 300)).toEqual({ ok: true });
  expect(await verifyDelivery("secret", "{}", header, NOW + 10, 5)).toEqual({ ok: false, reason: "stale" });
});

test("a changed time fails: it is part of what is signed", async () => {
  const header = await signDelivery("secret", "{}", NOW);
  expect(await verifyDelivery("secret", "{}", header.replace(`t=${NOW}`, `t=${NOW + 1}`), NOW)).toEqual({ ok: false, reason: "mismatch" });
});

test.each([[null], [""], ["v1=abc"], ["t=1700000000"], ["t=soon,v1=" + "0".repeat(64)], ["t=1,t=2,v1=" + "0".repeat(64)]])("a malformed header (%j) fails", async (header) => {
  expect(await verifyDelivery("secret", "{}", header, NOW)).toEqual({ ok: false, reason: "malformed" });
});

test("one matching v1 among several passes (a secret being replaced)", async () => {
  const header = await signDelivery("new-secret", "{}", NOW);
  expect(await verifyDelivery("new-secret", "{}", `${header},v1=${"0".repeat(64)}`, NOW)).toEqual({ ok: true });
});

// The signature every webhook delivery carries, and its check (the README shows receivers the same
// check in Node): `X-Results-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
// The time is inside what is signed, so a captured delivery cannot be replayed later than the
// receiver's tolerance; receivers also de-duplicate by the event id. Web Crypto, so this stays pure.

export const SIGNATURE_HEADER = "X-Results-Signature";
export const EVENT_ID_HEADER = "X-Results-Event-Id";
/** How far a signature's time may be from the receiver's clock. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The header's value for `body` signed with `secret` at `unixSeconds`. */
export async function signDelivery(secret: string, body: string, unixSeconds: number): Promise<string> {
  return `t=${unixSeconds},v1=${await hmacHex(secret, `${unixSeconds}.${body}`)}`;
}

/** Compares in time that does not depend on where the strings differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: "malformed" | "stale" | "mismatch" };

/**
 * Whether `header` signs `body` with `secret`, at a time within `toleranceSeconds` of `nowSeconds`.
 * Several v1 values are accepted (any one matching), so a sender could sign with two secrets while
 * one replaces the other.
 */
export async function verifyDelivery(
  secret: string,
  body: string,
  header: string | null | undefined,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): Promise<SignatureCheck> {
  const parts = (header ?? "").split(",").map((part) => part.trim().split("="));
  const times = parts.filter(([name]) => name === "t").map(([, value]) => value ?? "");
  const macs = parts.filter(([name, value]) => name === "v1" && /^[0-9a-f]{64}$/.test(value ?? "")).map(([, value]) => value!);
  if (times.length !== 1 || !/^\d{1,12}$/.test(times[0]!) || macs.length === 0) return { ok: false, reason: "malformed" };
  const t = Number(times[0]);
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return { ok: false, reason: "stale" };
  const expected = await hmacHex(secret, `${t}.${body}`);
  return macs.some((mac) => sameText(mac, expected)) ? { ok: true } : { ok: false, reason: "mismatch" };
}

// Which addresses a feed poller may connect to. A feed URL is typed by an editor, and AP's
// `nextrequest` or a redirect names hosts too: without this check the server could be pointed at
// its own database, a cloud metadata service (169.254.169.254) or the newsroom's intranet. Only
// public unicast addresses are allowed; the rest need their host listed in FEED_ALLOWED_HOSTS.
//
// Pure parsing (no node:net): IPv4 dotted quads and every IPv6 form, including embedded IPv4.

export type AddressKind =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "shared"
  | "link-local"
  | "unique-local"
  | "multicast"
  | "documentation"
  | "reserved";

/** The words for an address of each refused kind, to finish "resolves to …". */
export const ADDRESS_KIND_WORDS: Record<Exclude<AddressKind, "public">, string> = {
  unspecified: "an unspecified address",
  loopback: "a loopback address",
  private: "a private address",
  shared: "a carrier-grade NAT address",
  "link-local": "a link-local address",
  "unique-local": "a unique-local address",
  multicast: "a multicast address",
  documentation: "a documentation address",
  reserved: "a reserved address",
};

/** The four bytes of a dotted-quad IPv4 address, or null. */
export function parseIPv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : Number.NaN));
  return bytes.every((byte) => byte >= 0 && byte <= 255) ? bytes : null;
}

/** The eight 16-bit groups of an IPv6 address (brackets and a zone such as `%eth0` allowed), or null. */
export function parseIPv6(text: string): number[] | null {
  let address = text.replace(/^\[(.*)\]$/, "$1").replace(/%[\w.~-]+$/, "");
  // An IPv4 address at the end (::ffff:127.0.0.1) stands for the last two groups.
  const lastColon = address.lastIndexOf(":");
  if (address.includes(".") && lastColon >= 0) {
    const v4 = parseIPv4(address.slice(lastColon + 1));
    if (!v4) return null;
    const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
    address = `${address.slice(0, lastColon + 1)}${hex(v4[0]!, v4[1]!)}:${hex(v4[2]!, v4[3]!)}`;
  }
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string) => (half === "" ? [] : half.split(":"));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if (![...head, ...rest].every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given >= 8) return null;
  const zeros = new Array<number>(8 - given).fill(0);
  return [...head, ...zeros.map(String), ...rest].map((group) => parseInt(group, 16));
}

function ipv4Kind([a, b, c]: number[]): AddressKind {
  if (a === 0) return "unspecified";
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return "private";
  if (a === 100 && b! >= 64 && b! <= 127) return "shared";
  if (a === 127) return "loopback";
  if (a === 169 && b === 254) return "link-local";
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return "documentation";
  if ((a === 192 && b === 0 && c === 0) || (a === 198 && (b === 18 || b === 19))) return "reserved";
  if (a! >= 224 && a! <= 239) return "multicast";
  if (a! >= 240) return "reserved";
  return "public";
}

const embeddedIPv4 = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff];

function ipv6Kind(g: number[]): AddressKind {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const zeroThrough = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroThrough(8)) return "unspecified";
  if (zeroThrough(7) && g7 === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach the IPv4 address inside.
  if (zeroThrough(5) && g5 === 0xffff) return ipv4Kind(embeddedIPv4(g6, g7));
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return ipv4Kind(embeddedIPv4(g6, g7));
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return "private";
  // 6to4 (2002:a.b.c.d::) routes to the IPv4 address it carries.
  if (g0 === 0x2002) return ipv4Kind(embeddedIPv4(g1, g2));
  if (zeroThrough(6)) return "reserved"; // IPv4-compatible, deprecated
  if (g0 === 0x2001 && g1 === 0xdb8) return "documentation";
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local";
  if ((g0 & 0xffc0) === 0xfe80) return "link-local";
  if ((g0 & 0xffc0) === 0xfec0) return "private"; // site-local, deprecated
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return "reserved"; // discard
  if (g0 === 0x2001 && g1 < 0x200) return "reserved"; // IETF protocol assignments, Teredo
  if ((g0 & 0xe000) !== 0x2000) return "reserved"; // outside global unicast
  return "public";
}

/** What kind of address `text` is, or null when it is not an IP address at all (a host name). */
export function classifyAddress(text: string): AddressKind | null {
  const v4 = parseIPv4(text);
  if (v4) return ipv4Kind(v4);
  const v6 = text.includes(":") ? parseIPv6(text) : null;
  return v6 ? ipv6Kind(v6) : null;
}

/** Who asks, for the refusal's words: feeds by default, webhooks (lib/domain/webhooks) too. */
export interface AddressRule {
  /** "feeds" */
  who: string;
  /** The setting that lists the hosts allowed anyway: "FEED_ALLOWED_HOSTS". */
  setting: string;
}

const FEED_RULE: AddressRule = { who: "feeds", setting: "FEED_ALLOWED_HOSTS" };

/**
 * Why a feed may not connect to `address` of `host`, in words, or null when it may: a public address,
 * or any address of a host the newsroom listed in FEED_ALLOWED_HOSTS.
 */
export function refusedAddress(host: string, address: string, allowedHosts: readonly string[], rule: AddressRule = FEED_RULE): string | null {
  if (allowedHosts.includes(host.toLowerCase().replace(/^\[(.*)\]$/, "$1"))) return null;
  const kind = classifyAddress(address) ?? "reserved";
  if (kind === "public") return null;
  const where = host === address ? `${host} is` : `${host} resolves to`;
  return `${where} ${ADDRESS_KIND_WORDS[kind]} (${address}): ${rule.who} may only reach public addresses unless the host is listed in ${rule.setting}.`;
}

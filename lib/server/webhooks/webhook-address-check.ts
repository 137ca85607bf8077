import "server-only";
// The address rule when an endpoint is added: the URL's host, and every address it resolves to now,
// must be public unless the host is listed in WEBHOOK_ALLOWED_HOSTS. Each delivery checks again, in
// its own connection (webhook-post.ts): a name can resolve elsewhere later.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { refusedWebhookAddress } from "@/lib/domain/webhooks/webhook-address";

/** Why the URL's host may not receive webhooks, in words, or null when it may. */
export async function webhookHostProblem(url: string, allowedHosts: readonly string[]): Promise<string | null> {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(host)) return refusedWebhookAddress(host, host, allowedHosts);
  if (allowedHosts.includes(host.toLowerCase())) return null;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true });
  } catch {
    return `${host} could not be found (its name does not resolve).`;
  }
  for (const { address } of addresses) {
    const refused = refusedWebhookAddress(host, address, allowedHosts);
    if (refused) return refused;
  }
  return null;
}

// Which addresses a webhook may be sent to. An admin types the URL, and the server then posts to it
// on every event: without this check it could be pointed at its own database, a cloud metadata
// service or the newsroom's intranet. The rule is the feeds' (feeds/feed-address.ts: only public
// unicast addresses, v4 and v6, mapped and embedded forms included); a host listed in
// WEBHOOK_ALLOWED_HOSTS (a receiver inside the newsroom, a test receiver) may be anything.
import { refusedAddress } from "../feeds/feed-address";

export const WEBHOOK_ADDRESS_RULE = { who: "webhooks", setting: "WEBHOOK_ALLOWED_HOSTS" };

/** Why a webhook may not be sent to `address` of `host`, in words, or null when it may. */
export function refusedWebhookAddress(host: string, address: string, allowedHosts: readonly string[]): string | null {
  return refusedAddress(host, address, allowedHosts, WEBHOOK_ADDRESS_RULE);
}

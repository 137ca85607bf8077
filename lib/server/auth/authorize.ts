import "server-only";
// The check every command runs first: no actor is 401, an actor whose role lacks the permission 403.
import { can, type Permission } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { forbidden, unauthenticated } from "@/lib/server/errors";

const WHAT: Record<Permission, string> = {
  "desk:read": "use the desk",
  "tally:write": "enter tallies",
  "tally:import": "import tallies",
  "election:setup": "set up elections and races",
  "feed:manage": "manage feed sources",
  "race:call": "call races",
  "story:publish": "publish stories",
  "user:manage": "manage users",
  "apikey:manage": "manage API keys",
  "webhook:manage": "manage webhooks",
};

export function authorize(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor.role, permission)) throw forbidden(WHAT[permission]);
  return actor;
}

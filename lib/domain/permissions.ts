// Who may do what, in one table (umami's ROLE_PERMISSIONS). Roles are ordered: staff < editor <
// admin, and each role holds every permission of the roles below it.

export const ROLES = ["staff", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSION_MIN_ROLE = {
  /** The desk's own pages and reads: the dashboard, race desks, call history (who called what). */
  "desk:read": "staff",
  "tally:write": "staff",
  "tally:import": "staff",
  "election:setup": "editor",
  /** Polled feed sources: add, pause, resume, change and remove them (staff may see them). */
  "feed:manage": "editor",
  "race:call": "editor",
  "story:publish": "editor",
  "user:manage": "admin",
  "apikey:manage": "admin",
  /** Webhook and Slack endpoints for alerts: add, remove, send a test, send a delivery again. */
  "webhook:manage": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSION_MIN_ROLE;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(PERMISSION_MIN_ROLE[permission]);
}

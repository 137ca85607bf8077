import { expect, test } from "vitest";
import { can, isRole, PERMISSION_MIN_ROLE, ROLES, type Permission } from "./permissions";

test("staff use the desk and enter tallies but cannot set up, call or publish", () => {
  expect(can("staff", "desk:read")).toBe(true);
  expect(can("staff", "tally:write")).toBe(true);
  expect(can("staff", "tally:import")).toBe(true);
  for (const p of ["election:setup", "feed:manage", "race:call", "story:publish", "user:manage", "apikey:manage"] as const) {
    expect(can("staff", p)).toBe(false);
  }
});

test("editors also set up, call and publish; only admins manage users and keys", () => {
  expect(["election:setup", "feed:manage", "race:call", "story:publish"].every((p) => can("editor", p as Permission))).toBe(true);
  expect(can("editor", "user:manage")).toBe(false);
  expect(can("admin", "user:manage")).toBe(true);
  expect(can("admin", "apikey:manage")).toBe(true);
  expect(can("editor", "webhook:manage")).toBe(false);
  expect(can("admin", "webhook:manage")).toBe(true);
});

test("every higher role holds every permission of a lower one", () => {
  for (const permission of Object.keys(PERMISSION_MIN_ROLE) as Permission[]) {
    const allowed = ROLES.map((role) => can(role, permission));
    expect(allowed).toEqual([...allowed].sort((a, b) => Number(a) - Number(b)));
  }
});

test("only the three roles are roles", () => {
  expect(ROLES.every(isRole)).toBe(true);
  expect([null, "user", "Admin", 1].some(isRole)).toBe(false);
});

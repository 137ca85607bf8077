import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import type { Permission } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { currentActor } from "@/lib/server/auth/current-actor";
import { CommandError } from "@/lib/server/errors";

// Every desk page renders through withDeskAccess. Next renders a page beside its layouts, not
// inside them, so a check in a layout cannot keep a page's data out of the response: the check has
// to be in the page. The reads a page makes take the actor and check it again themselves, so a page
// that forgot this would fail rather than leak.

/**
 * Renders a desk page for a caller holding `permission`: anyone without a usable session (never
 * signed in, expired, banned) goes to sign-in; a role without the permission sees why, and nothing
 * else is read.
 */
export async function withDeskAccess(permission: Permission, render: (actor: Actor) => Promise<ReactNode>): Promise<ReactNode> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  try {
    authorize(actor, permission);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    return (
      <section className="desk-panel" role="alert">
        <h1>Not available to your role</h1>
        <p>{error.message}</p>
      </section>
    );
  }
  return render(actor);
}

/** A desk read for `generateMetadata`: null when the caller may not make it (the page says why). */
export async function readIfAllowed<T>(read: (actor: Actor | null) => Promise<T>): Promise<T | null> {
  try {
    return await read(await currentActor());
  } catch (error) {
    if (error instanceof CommandError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

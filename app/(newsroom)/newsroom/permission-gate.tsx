import type { ReactNode } from "react";
import type { Permission } from "@/lib/domain/permissions";
import { currentActor } from "@/lib/server/auth/current-actor";
import { authorize } from "@/lib/server/auth/authorize";
import { CommandError } from "@/lib/server/errors";

// Keeps desk pages a role may not use out of sight. It is a courtesy: every command behind these
// pages checks the role again for itself.
export async function PermissionGate({ permission, children }: { permission: Permission; children: ReactNode }) {
  try {
    authorize(await currentActor(), permission);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    return (
      <section className="desk-panel" role="alert">
        <h1>Not available to your role</h1>
        <p>{error.message}</p>
      </section>
    );
  }
  return <>{children}</>;
}

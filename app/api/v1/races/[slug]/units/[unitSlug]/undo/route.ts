import { undoLastUnitSave } from "@/lib/server/commands/undo-unit-save";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

/** Reverts the unit's last save, as a new save. Body: `{expectedVersion}`. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string; unitSlug: string }> }) {
  const { slug, unitSlug } = await params;
  return runCommand(request, async (actor) => Response.json((await undoLastUnitSave(actor, slug, unitSlug, await readJsonBody(request))).race));
}

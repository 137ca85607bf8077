import { putUnitTally } from "@/lib/server/api/put-unit-tally";
import { updateReportingUnit } from "@/lib/server/commands/update-reporting-unit";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

/** A unit's count (usually answered by the front door, through the same function). */
export async function PUT(request: Request, { params }: { params: Promise<{ slug: string; unitSlug: string }> }) {
  const { slug, unitSlug } = await params;
  return putUnitTally(request, slug, unitSlug);
}

/** Set-up of the unit (name, precincts total), for editors; tallies go through PUT. */
export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string; unitSlug: string }> }) {
  const { slug, unitSlug } = await params;
  return runCommand(request, async (actor) => Response.json(await updateReportingUnit(actor, slug, unitSlug, await readJsonBody(request))));
}

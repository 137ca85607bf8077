import { updateReportingUnit } from "@/lib/server/commands/update-reporting-unit";
import { writeUnitTally } from "@/lib/server/commands/write-unit-tally";
import { runCommand } from "@/lib/server/run-command";
import { readJsonBody } from "@/lib/server/request-body";

export async function PUT(request: Request, { params }: { params: Promise<{ slug: string; unitSlug: string }> }) {
  const { slug, unitSlug } = await params;
  return runCommand(request, async (actor) => {
    const { race } = await writeUnitTally(actor, slug, unitSlug, await readJsonBody(request));
    return Response.json(race);
  });
}

/** Set-up of the unit (name, precincts total), for editors; tallies go through PUT. */
export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string; unitSlug: string }> }) {
  const { slug, unitSlug } = await params;
  return runCommand(request, async (actor) => Response.json(await updateReportingUnit(actor, slug, unitSlug, await readJsonBody(request))));
}

import { addReportingUnit } from "@/lib/server/commands/add-reporting-unit";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

/** 201 with the race, the new unit last among its units. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => Response.json(await addReportingUnit(actor, slug, await readJsonBody(request)), { status: 201 }));
}

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

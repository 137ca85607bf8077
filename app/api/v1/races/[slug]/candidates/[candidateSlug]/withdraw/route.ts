import { withdrawCandidate } from "@/lib/server/commands/race-candidates";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

/** Marks the candidate withdrawn from the race; their votes and history stay. Body: `{note?}`. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string; candidateSlug: string }> }) {
  const { slug, candidateSlug } = await params;
  return runCommand(request, async (actor) => Response.json(await withdrawCandidate(actor, slug, candidateSlug, await readJsonBody(request))));
}

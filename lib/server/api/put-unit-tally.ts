import "server-only";
// `PUT /api/v1/races/{slug}/units/{unitSlug}`: the election night's hottest write. The route handler
// calls it, and so does the front door (server.ts) through the handle registered below, which
// spares each automated write Next's routing; both answer the same, through the same command.
import { HANDLES } from "@/lib/server/cache/contract.cjs";
import { writeUnitTally } from "@/lib/server/commands/write-unit-tally";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export async function putUnitTally(request: Request, raceSlug: string, unitSlug: string): Promise<Response> {
  return runCommand(request, async (actor) => {
    const { race } = await writeUnitTally(actor, raceSlug, unitSlug, await readJsonBody(request));
    return Response.json(race);
  });
}

export type PutUnitTally = typeof putUnitTally;

/** Lets the front door, which runs outside Next's bundles, reach this bundle's copy. */
export function registerUnitTallyWrites(): void {
  (globalThis as unknown as Record<symbol, PutUnitTally>)[HANDLES.putUnitTally] = putUnitTally;
}

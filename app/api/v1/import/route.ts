import { importTallies } from "@/lib/server/commands/import-tallies";
import { csvRequestText } from "@/lib/server/commands/import-tallies-body";
import { runCommand } from "@/lib/server/run-command";

/** Body: the CSV itself (Content-Type: text/csv). Query: `dryRun=1`, `correction=1`. */
export async function POST(request: Request) {
  return runCommand(request, async (actor) => {
    const options = Object.fromEntries(new URL(request.url).searchParams);
    return Response.json(await importTallies(actor, csvRequestText(request), options));
  });
}

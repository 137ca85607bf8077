import "server-only";
// The bridge between an API route and a command.
import { actorFromHeaders, type Actor } from "@/lib/server/auth/actor";
import { crossOrigin, isCrossSiteWrite } from "@/lib/server/cross-site";
import { CommandError } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http";

/**
 * Runs a command for an API request: refuses a cross-site write made with the desk's cookie, resolves
 * who is asking (session or Bearer key) and turns a CommandError into its documented status and
 * envelope. Anything else is a bug: it is logged and
 * answered with a generic 500 that leaks nothing.
 */
export async function runCommand(request: Request, command: (actor: Actor | null) => Promise<Response>): Promise<Response> {
  try {
    if (isCrossSiteWrite(request)) throw crossOrigin();
    return await command(await actorFromHeaders(request.headers));
  } catch (error) {
    if (error instanceof CommandError) return errorResponse(error.status, error.code, error.message, error.details);
    console.error("Unexpected error in", request.method, new URL(request.url).pathname, error);
    return errorResponse(500, "internal", "Something went wrong on our side. Please try again.");
  }
}

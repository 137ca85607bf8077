// Expected failures of a command, each with the HTTP status and code of DESIGN.md section 4 and a
// message a person can read. Anything else that is thrown is a bug: logged, answered generically.

export class CommandError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "CommandError";
  }
}

export const unauthenticated = () => new CommandError(401, "unauthenticated", "Sign in, or send an API key as a Bearer token.");
export const forbidden = (what: string) => new CommandError(403, "forbidden", `Your role does not allow you to ${what}.`);
export const notFound = (what: string) => new CommandError(404, "not_found", `${what} was not found.`);
export const malformed = (message: string, details: Record<string, unknown> = {}) =>
  new CommandError(400, "malformed", message, details);
/** Input that parses but is impossible: `fields` maps each offending field to why. */
export const invalid = (fields: Record<string, string>) =>
  new CommandError(
    422,
    "invalid",
    Object.entries(fields).map(([field, problem]) => `${field} ${problem}`).join("; ") || "The input is not valid.",
    { fields },
  );

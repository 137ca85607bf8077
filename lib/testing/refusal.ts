// Awaits a command expected to refuse, and hands back its CommandError for the test to inspect.
import { expect } from "vitest";
import { CommandError } from "@/lib/server/errors";

export async function refusal(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}

// Awaits a command expected to refuse, and hands back its CommandError for the test to inspect.
// Given the code it expects, the test gets that code's details typed.
import { expect } from "vitest";
import { CommandError, type CommandErrorCode } from "@/lib/server/errors";

export async function refusal(promise: Promise<unknown>): Promise<CommandError>;
export async function refusal<C extends CommandErrorCode>(promise: Promise<unknown>, code: C): Promise<CommandError<C>>;
export async function refusal(promise: Promise<unknown>, code?: CommandErrorCode): Promise<CommandError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CommandError);
  if (code !== undefined) expect((error as CommandError).code).toBe(code);
  return error as CommandError;
}

import "server-only";
// Addresses (slugs) are public URLs, so a taken one is refused, never silently changed: 409
// `slug_taken`, with the field so a desk form can show it there.
import { Prisma } from "@/lib/generated/prisma/client";
import { CommandError } from "@/lib/server/errors";

export function slugTaken(slug: string, holder: string): CommandError {
  return new CommandError("slug_taken", `The address "${slug}" is already used by ${holder}. Choose another slug.`, {
    slug,
    fields: { slug: `"${slug}" is already used by ${holder}` },
  });
}

/**
 * Runs a write, turning a unique-constraint failure into `slug_taken`: the check before the write
 * answers almost every case, this one answers two editors who pick the same address at once.
 */
export async function unlessSlugTaken<T>(write: Promise<T>, taken: () => CommandError): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken();
    throw error;
  }
}

import "server-only";
// A story's expectation as it is stored (its kind, and the candidacy a named winner points at), read
// back as the domain's StoryExpectation. The story reads and the story commands both use it.
import type { StoryExpectation } from "@/lib/domain/publication-gate";

/** The columns expectationOf reads, to spread into a story `select`. */
export const expectationSelect = {
  expectsKind: true,
  expectsCandidacy: { select: { candidate: { select: { slug: true } } } },
} as const;

export function expectationOf(row: { expectsKind: string; expectsCandidacy: { candidate: { slug: string } } | null }): StoryExpectation {
  if (row.expectsKind === "winner") return { kind: "winner", candidate: row.expectsCandidacy?.candidate.slug ?? "" };
  return { kind: row.expectsKind === "runoff" ? "runoff" : "called" };
}

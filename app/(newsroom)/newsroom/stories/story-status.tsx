// A story's status as a badge, in the colours the race badges use for the same ideas.
import type { StoryStatus } from "@/lib/domain/story-input";

const LOOK: Record<StoryStatus, { label: string; tone: string }> = {
  draft: { label: "Draft", tone: "open" },
  published: { label: "Published", tone: "called" },
  pulled: { label: "Pulled", tone: "close" },
};

export function StoryStatusBadge({ status }: { status: StoryStatus }) {
  return <span className={`badge badge-${LOOK[status].tone}`}>{LOOK[status].label}</span>;
}

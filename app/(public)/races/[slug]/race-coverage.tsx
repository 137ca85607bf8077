// The race page's Coverage: the published stories about this race, newest first. Nothing at all
// when there are none, so a race without stories has no empty heading.
import Link from "next/link";
import { formatDateTime } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import type { CoverageItem } from "@/lib/server/queries/stories";

export function RaceCoverage({ stories }: { stories: CoverageItem[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="coverage-heading" className="coverage">
      <h2 id="coverage-heading">Coverage</h2>
      <ul className="coverage-list">
        {stories.map((story) => (
          <li key={story.slug}>
            <Link href={`/stories/${story.slug}`}>{story.headline}</Link>{" "}
            <time className="muted small" dateTime={story.publishedAt}>
              {formatDateTime(story.publishedAt, env.DISPLAY_TIME_ZONE)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}

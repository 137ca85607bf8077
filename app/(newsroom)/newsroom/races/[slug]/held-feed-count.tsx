// The feed's count held beside a unit the desk entered by hand: the feed's numbers, flagged where they
// differ from what the desk has saved, and the button that applies them (a submit button of the unit's
// own form, so it sends the version the form holds).
import { countsDiffer, heldCountDifferences, type UnitCount } from "@/lib/domain/feeds/held-count";
import { formatVotes, lastName } from "@/lib/domain/margin-words";
import { nameList } from "@/lib/domain/race-name";

/** A held count as the page hands it to the unit form: the feed's name and time already written. */
export interface HeldCountView {
  /** The snapshot the held count came from: once released, that count is gone from the form. */
  snapshotId: string;
  source: string;
  /** "11:42 PM", or with its date when not today. */
  when: string;
  feed: UnitCount;
}

interface Props {
  held: HeldCountView;
  desk: UnitCount;
  precinctsTotal: number;
  candidates: { slug: string; name: string }[];
  pending: boolean;
}

export function HeldFeedCount({ held, desk, precinctsTotal, candidates, pending }: Props) {
  const differences = heldCountDifferences(held.feed, desk);
  const differs = countsDiffer(differences);
  const named = candidates.filter((c) => Object.hasOwn(held.feed.votes, c.slug));
  const whatDiffers = [
    ...candidates.filter((c) => differences.candidates.includes(c.slug)).map((c) => `${lastName(c.name)} (desk ${formatVotes(desk.votes[c.slug] ?? 0)})`),
    ...(differences.precinctsReporting ? [`precincts reporting (desk ${desk.precinctsReporting})`] : []),
    ...(differences.ballotsCast ? [`ballots cast (desk ${desk.ballotsCast === null ? "none" : formatVotes(desk.ballotsCast)})`] : []),
  ];
  return (
    <div className={`held-count${differs ? " differs" : ""}`} role="group" aria-label={`The ${held.source} feed's count`}>
      <p>
        <strong>
          Feed ({held.source}, {held.when}):
        </strong>{" "}
        {named.map((c) => `${lastName(c.name)} ${formatVotes(held.feed.votes[c.slug]!)}`).join(" · ")} · {held.feed.precinctsReporting} of {precinctsTotal} precincts
        {held.feed.ballotsCast !== null && ` · ${formatVotes(held.feed.ballotsCast)} ballots`}
      </p>
      {differs ? (
        <p className="held-flag">
          <strong>Differs from the desk:</strong> {nameList(whatDiffers)}.
        </p>
      ) : (
        <p className="small">The same as the desk&apos;s count.</p>
      )}
      <p className="small muted">This unit was entered by hand, so the feed&apos;s count is held beside it, not applied.</p>
      <input type="hidden" name="heldSnapshot" value={held.snapshotId} />
      <button type="submit" name="intent" value="release-hold" disabled={pending}>
        Use the feed&apos;s count
      </button>
    </div>
  );
}

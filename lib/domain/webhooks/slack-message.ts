// Alerts as a newsroom reads them in Slack: one sentence per event, sent as an incoming webhook's
// `{"text": …}`. "District 5 called for Natalyn Archibong, 5,010 to 4,758, by Jane Editor".
import { formatVotes } from "../margin-words";
import { nameList } from "../race-name";
import type { CandidateVotes, DeliveryBody, EventData } from "./events";

/** Slack reads &, < and > as markup (links, mentions): anything typed is escaped. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const byWhom = (by: string | null) => (by ? `, by ${by}` : "");
const named = (slugs: readonly string[], candidates: readonly CandidateVotes[]) => slugs.map((slug) => candidates.find((c) => c.slug === slug)?.name ?? slug);
const withNote = (note: string | null) => (note?.trim() ? ` (${note.trim()})` : "");

/** "5,010 to 4,758": the one winner against the best of the rest; nothing for several seats. */
function score(winners: readonly string[], candidates: readonly CandidateVotes[]): string {
  if (winners.length !== 1) return "";
  const winner = candidates.find((c) => c.slug === winners[0]);
  const nextBest = candidates.find((c) => c.slug !== winners[0]);
  return winner && nextBest ? `, ${formatVotes(winner.votes)} to ${formatVotes(nextBest.votes)}` : "";
}

/** "because the call in District 5 was retracted: recanvass": the stored reason, as a clause. */
function because(reason: string): string {
  const clause = reason.replace(/^Pulled:\s*/, "").trim();
  return clause ? `, because ${clause.charAt(0).toLowerCase()}${clause.slice(1)}` : "";
}

function sentence(event: Pick<DeliveryBody, "type" | "data">): string {
  switch (event.type) {
    case "race.called": {
      const d = event.data as EventData<"race.called">;
      return `${d.race.name} called for ${nameList(named(d.winners, d.candidates))}${score(d.winners, d.candidates)}${byWhom(d.by)}${withNote(d.note)}`;
    }
    case "race.runoff": {
      const d = event.data as EventData<"race.runoff">;
      return `${d.race.name} goes to a runoff between ${nameList(named(d.advancing, d.candidates))}${byWhom(d.by)}${withNote(d.note)}`;
    }
    case "race.retracted": {
      const d = event.data as EventData<"race.retracted">;
      return `Call retracted in ${d.race.name}${byWhom(d.by)}${d.note?.trim() ? `: ${d.note.trim()}` : ""}`;
    }
    case "race.too_close": {
      const d = event.data as EventData<"race.too_close">;
      if (d.cause === "call") return `${d.race.name} is too close to call${byWhom(d.by)}`;
      const [first, second] = d.candidates;
      return first && second
        ? `${d.race.name} is too close to call: ${first.name} ${formatVotes(first.votes)}, ${second.name} ${formatVotes(second.votes)}`
        : `${d.race.name} is too close to call`;
    }
    case "race.fully_reported": {
      const d = event.data as EventData<"race.fully_reported">;
      const standings = d.candidates.slice(0, 3).map((c) => `${c.name} ${formatVotes(c.votes)}`);
      return `${d.race.name} is fully reported: ${standings.join(", ")}${d.candidates.length > 3 ? ", …" : ""}`;
    }
    case "story.published": {
      const d = event.data as EventData<"story.published">;
      return `Story published: ${d.story.headline} (${d.race.name})${byWhom(d.by)}`;
    }
    case "story.pulled": {
      const d = event.data as EventData<"story.pulled">;
      return `Story pulled: ${d.story.headline}${because(d.reason)}`;
    }
    case "feed.failing": {
      const d = event.data as EventData<"feed.failing">;
      return `Feed failing: ${d.source.name} (${d.election}): ${d.error}`;
    }
    case "tally.correction": {
      const d = event.data as EventData<"tally.correction">;
      const changes = d.changes.map((c) => `${c.candidate} ${formatVotes(c.before)} → ${formatVotes(c.after)}`);
      return `Correction in ${d.race.name}, ${d.unit.name}: ${changes.join(", ")}${byWhom(d.by)}`;
    }
    case "webhook.test":
      return `Test event from the results desk: ${(event.data as EventData<"webhook.test">).message}`;
    default:
      return `${event.type}`;
  }
}

/** The `{"text": …}` body of an event sent to a Slack incoming webhook. */
export function slackMessage(event: Pick<DeliveryBody, "type" | "data">): { text: string } {
  return { text: slackEscape(sentence(event)) };
}

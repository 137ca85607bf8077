// Where a count in the tally history came from, in the desk's words: "Desk entry", "CSV import",
// "AP feed", and for a count that went down, the kind of correction ("Feed correction (AP)").

export type CountSource = "manual" | "csv" | "feed" | "seed";

export function countChangeLabel(source: string, correction: boolean, feedName: string | null): string {
  switch (source) {
    case "manual":
      return correction ? "Desk correction" : "Desk entry";
    case "csv":
      return correction ? "CSV correction" : "CSV import";
    case "feed":
      if (correction) return feedName ? `Feed correction (${feedName})` : "Feed correction";
      return feedName ? `${feedName} feed` : "Feed";
    case "seed":
      return "Demo data";
    default:
      return correction ? `Correction (${source})` : source;
  }
}

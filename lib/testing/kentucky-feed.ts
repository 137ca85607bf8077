// The real AP payload of Kentucky's 2015 governor's race (../shared/fixtures/feeds), and changed
// copies of it, for tests of what the desk does with a feed.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const KENTUCKY_FILE = join(process.cwd(), "..", "shared", "fixtures", "feeds", "ap", "elex__20151103_national.json");
export const KENTUCKY = new Uint8Array(readFileSync(KENTUCKY_FILE));
/** AP's race id of the governor's race, and the key the importer gives it. */
export const GOVERNOR_SOURCE_KEY = "KY-18525";

export interface ApCandidate {
  last: string;
  voteCount: number;
  winner?: string;
}

export interface ApRace {
  raceID: string;
  reportingUnits: { level: string; reportingunitName: string; precinctsReporting?: number; candidates: ApCandidate[] }[];
}

/** The payload with the governor's race changed by `change`. */
export function kentuckyWith(change: (governor: ApRace) => void): Uint8Array {
  const payload = JSON.parse(Buffer.from(KENTUCKY).toString("utf8")) as { races: ApRace[] };
  change(payload.races.find((race) => race.raceID === "18525")!);
  return new Uint8Array(Buffer.from(JSON.stringify(payload)));
}

/** One candidate's line in one county of the race (not AP's state total). */
export function countyLine(race: ApRace, county: string, last: string): ApCandidate {
  const unit = race.reportingUnits.find((u) => u.level !== "state" && u.reportingunitName === county)!;
  return unit.candidates.find((c) => c.last === last)!;
}

/** Without AP's winner flags: the race not (or no longer) called by AP. */
export function uncalled(race: ApRace): void {
  for (const unit of race.reportingUnits) for (const candidate of unit.candidates) delete candidate.winner;
}

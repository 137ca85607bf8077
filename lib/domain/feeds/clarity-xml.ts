// Clarity (Scytl) ENR detail.xml, or the detailxml.zip that holds it, streamed with saxes: the turnout
// section, then each Contest with its Choices, their VoteTypes and the County (state site) or Precinct
// (county site) rows under each. clarity-contests.ts turns what is gathered here into races.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { clarityRaces, type ClarityContest, type ClarityTurnout } from "./clarity-contests";
import { clarityTime } from "./clarity-time";
import { isZip, unzipDetailXml } from "./clarity-zip";
import { decodeUtf8 } from "./feed-bytes";
import { readCountText } from "./feed-counts";
import { FeedFindings, parsedFeed, refusedFeed, tooLargeFeed } from "./feed-findings";
import { MAX_FEED_BYTES, type ParsedFeed } from "./feed-snapshot";
import { stateName } from "./us-states";

/** `maxBytes` caps the file and what a zip unpacks to; tests lower it. */
export function parseClarityXml(bytes: Uint8Array, maxBytes: number = MAX_FEED_BYTES): ParsedFeed {
  if (bytes.length > maxBytes) return tooLargeFeed("clarity-xml", bytes.length, maxBytes);
  let xml = bytes;
  if (isZip(bytes)) {
    const unzipped = unzipDetailXml(bytes, maxBytes);
    if ("problem" in unzipped) return refusedFeed("clarity-xml", "the zip", unzipped.problem);
    xml = unzipped.bytes;
  }
  const decoded = decodeUtf8(xml);
  if ("problem" in decoded) return refusedFeed("clarity-xml", decoded.where, decoded.problem);
  return readDetailXml(decoded.text);
}

interface Header {
  Timestamp: string;
  ElectionName: string;
  Region: string;
}

function readDetailXml(text: string): ParsedFeed {
  const findings = new FeedFindings();
  const header: Header = { Timestamp: "", ElectionName: "", Region: "" };
  const turnout: ClarityTurnout = { counties: new Map(), precincts: new Map() };
  const contests: ClarityContest[] = [];
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: string[] = [];
  let headerField: keyof Header | null = null;
  let root: string | null = null;

  const count = (tag: SaxesTagPlain, attribute: string, required: boolean): number | null => {
    const raw = tag.attributes[attribute];
    if (raw === undefined || (!required && raw.trim() === "")) {
      if (required) findings.problem(`line ${parser.line}`, `${describe(tag)} has no ${attribute}.`);
      return null;
    }
    const read = readCountText(raw);
    if ("problem" in read) findings.problem(`line ${parser.line}`, `${describe(tag)}: ${attribute} ${read.problem}.`);
    return "value" in read ? read.value : null;
  };
  const ifNamed = (tag: SaxesTagPlain, read: (name: string) => unknown) => {
    const name = tag.attributes.name?.trim();
    if (name) read(name);
    else findings.problem(`line ${parser.line}`, `A ${tag.name} element has no name.`);
  };

  parser.on("opentag", (tag) => {
    stack.push(tag.name);
    root ??= tag.name;
    const contest = contests.at(-1);
    const choice = contest?.choices.at(-1);
    const { line } = parser;
    // Elements are known by their last three names: a County is turnout, a contest's precincts, or votes.
    switch (stack.slice(-3).join(">")) {
      case "ElectionResult>Timestamp":
      case "ElectionResult>ElectionName":
      case "ElectionResult>Region":
        headerField = tag.name as keyof Header;
        break;
      case "ElectionVoterTurnout>Counties>County":
        ifNamed(tag, (name) => turnout.counties.set(name, turnoutOf(tag, count)));
        break;
      case "VoterTurnout>Precincts>Precinct":
        ifNamed(tag, (name) => turnout.precincts.set(name, { ...turnoutOf(tag, count), percentReporting: count(tag, "percentReporting", false) }));
        break;
      case "ElectionResult>Contest": {
        const { key = "", text: name = "", voteFor = "" } = tag.attributes;
        contests.push({ line, key, text: name, voteFor, participating: new Map(), choices: [] });
        break;
      }
      case "Contest>ParticipatingCounties>County":
        ifNamed(tag, (name) => contest?.participating.set(name, turnoutOf(tag, count)));
        break;
      case "ElectionResult>Contest>Choice": {
        const { key = "", text: name = "", party = null } = tag.attributes;
        contest?.choices.push({ line, key, text: name, party, totalVotes: count(tag, "totalVotes", false), voteTypes: [] });
        break;
      }
      case "Contest>Choice>VoteType":
        choice?.voteTypes.push({ line, name: tag.attributes.name?.trim() ?? "", votes: count(tag, "votes", false), rows: [] });
        break;
      case "Choice>VoteType>County":
      case "Choice>VoteType>Precinct": {
        const votes = count(tag, "votes", true);
        const kind = tag.name === "County" ? "county" : "precinct";
        ifNamed(tag, (name) => votes !== null && choice?.voteTypes.at(-1)!.rows.push({ line, kind, name, votes }));
        break;
      }
      // Anything else (the VoteTypes directly under a Contest are its undervotes and overvotes) is not read.
    }
  });
  parser.on("text", (chunk) => {
    if (headerField) header[headerField] += chunk;
  });
  parser.on("closetag", () => {
    stack.pop();
    headerField = null;
  });

  try {
    parser.write(text).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): (.*)$/s.exec(reason);
    const where = at ? `line ${at[1]}, column ${at[2]}` : `line ${parser.line}`;
    return refusedFeed("clarity-xml", where, `The file is not well-formed XML: ${at ? at[3] : reason}`);
  }
  if (root !== "ElectionResult") {
    return refusedFeed("clarity-xml", "line 1", `The file is XML but not a Clarity detail.xml: its root element is <${root}>, not <ElectionResult>.`);
  }

  const timestamp = header.Timestamp.trim();
  const sourceTimestamp = timestamp ? clarityTime(timestamp) : null;
  if (timestamp && !sourceTimestamp) {
    findings.warning("Timestamp", `${JSON.stringify(timestamp)} is not a time this parser can read (like "11/20/2020 3:37:06 PM EST").`);
  }
  const region = header.Region.trim();
  const jurisdiction = stateName(region) ?? (region || header.ElectionName.trim());
  const races = clarityRaces(contests, turnout, jurisdiction, findings);
  return parsedFeed("clarity-xml", findings, races, { sourceTimestamp });
}

type Count = (tag: SaxesTagPlain, attribute: string, required: boolean) => number | null;

function turnoutOf(tag: SaxesTagPlain, count: Count) {
  return {
    registeredVoters: count(tag, "totalVoters", false),
    ballotsCast: count(tag, "ballotsCast", false),
    precinctsTotal: count(tag, "precinctsParticipating", false),
    precinctsReporting: count(tag, "precinctsReported", false),
  };
}

function describe(tag: SaxesTagPlain): string {
  const { name, key, text } = tag.attributes;
  if (name !== undefined) return `${tag.name} ${JSON.stringify(name)}`;
  if (key !== undefined) return `${tag.name} key=${key}${text ? ` (${text})` : ""}`;
  return tag.name;
}

// Slack messages: the sentences a newsroom channel reads, in the issue's own words.
import { expect, test } from "vitest";
import type { RaceRef } from "./events";
import { slackMessage } from "./slack-message";

const race: RaceRef = { slug: "d5", name: "District 5", office: "Atlanta City Council", seat: "District 5", election: "atl-2017", url: "https://results.example/races/d5" };
const candidates = [
  { slug: "natalyn-archibong", name: "Natalyn Archibong", votes: 5_010 },
  { slug: "liliana-bakhtiari", name: "Liliana Bakhtiari", votes: 4_758 },
];
const story = { id: "s1", slug: "archibong-wins", headline: "Archibong keeps her seat", url: "https://results.example/stories/archibong-wins" };

test("a call names the winner, the score and the editor", () => {
  const event = { type: "race.called", data: { race, winners: ["natalyn-archibong"], candidates, note: null, by: "Jane Editor" } };
  expect(slackMessage(event)).toEqual({ text: "District 5 called for Natalyn Archibong, 5,010 to 4,758, by Jane Editor" });
});

test("a call of several seats names every winner, without a score", () => {
  const three = [...candidates, { slug: "c", name: "Carla Third", votes: 10 }];
  const event = { type: "race.called", data: { race, winners: ["natalyn-archibong", "liliana-bakhtiari"], candidates: three, note: "", by: "Jane Editor" } };
  expect(slackMessage(event).text).toBe("District 5 called for Natalyn Archibong and Liliana Bakhtiari, by Jane Editor");
});

test("a pulled story says why, from the reason the pull recorded", () => {
  const event = { type: "story.pulled", data: { story, race, reason: "Pulled: The call in District 5 was retracted: recanvass", by: "Jane Editor" } };
  expect(slackMessage(event).text).toBe("Story pulled: Archibong keeps her seat, because the call in District 5 was retracted: recanvass");
});

test("a retraction, a runoff, a close count, a full count, a correction and a failing feed read as sentences", () => {
  expect(slackMessage({ type: "race.retracted", data: { race, note: "recanvass", by: "Jane Editor" } }).text).toBe("Call retracted in District 5, by Jane Editor: recanvass");
  expect(slackMessage({ type: "race.runoff", data: { race, advancing: ["natalyn-archibong", "liliana-bakhtiari"], candidates, note: null, by: "Jane Editor" } }).text).toBe(
    "District 5 goes to a runoff between Natalyn Archibong and Liliana Bakhtiari, by Jane Editor",
  );
  expect(slackMessage({ type: "race.too_close", data: { race, candidates, margin: { votes: 252, pct: 2.6 }, cause: "count", by: null } }).text).toBe(
    "District 5 is too close to call: Natalyn Archibong 5,010, Liliana Bakhtiari 4,758",
  );
  expect(slackMessage({ type: "race.fully_reported", data: { race, candidates, precinctsTotal: 31 } }).text).toBe(
    "District 5 is fully reported: Natalyn Archibong 5,010, Liliana Bakhtiari 4,758",
  );
  const correction = { race, unit: { slug: "fulton", name: "Fulton" }, changes: [{ candidate: "Natalyn Archibong", before: 3_412, after: 3_402 }], source: "manual", by: "Sam Staff" };
  expect(slackMessage({ type: "tally.correction", data: correction }).text).toBe("Correction in District 5, Fulton: Natalyn Archibong 3,412 → 3,402, by Sam Staff");
  const failing = { source: { id: "f1", name: "AP", format: "ap-json" }, election: "ky-2015", error: "AP answered 403." };
  expect(slackMessage({ type: "feed.failing", data: failing }).text).toBe("Feed failing: AP (ky-2015): AP answered 403.");
});

test("markup in what people typed is escaped, so a headline cannot ping the channel", () => {
  const event = { type: "story.published", data: { story: { ...story, headline: "<!channel> A & B" }, race, by: "Jane Editor" } };
  expect(slackMessage(event).text).toBe("Story published: &lt;!channel&gt; A &amp; B (District 5), by Jane Editor");
});

// Guards the AP key: a URL that a snapshot keeps, a page shows or a log prints never holds one.
import { expect, test } from "vitest";
import { carriesKey, withoutKey } from "./feed-request-url";

test("key parameters are cut out, in any case and spelling, and the rest stays byte for byte", () => {
  const next = "http://api.ap.org/v2/elections/2015-11-03?level=ru&format=json&officeID=G%2cI&minDateTime=2015-11-04T19%3a14%3a28.000Z";
  expect(withoutKey(next)).toBe(next);
  expect(withoutKey(`${next}&apiKey=s3cret`)).toBe(next);
  expect(withoutKey("https://api.ap.org/v3/elections/2026-11-03?APIKEY=s3cret&format=json")).toBe("https://api.ap.org/v3/elections/2026-11-03?format=json");
  expect(withoutKey("https://api.ap.org/v3/elections?api_key=a&api-key=b&key=c&format=json#top")).toBe("https://api.ap.org/v3/elections?format=json#top");
  expect(withoutKey("https://api.ap.org/v3/elections?apiKey=only")).toBe("https://api.ap.org/v3/elections");
  expect(withoutKey("https://api.ap.org/v3/elections?api%4Bey=encoded&format=json")).toBe("https://api.ap.org/v3/elections?format=json");
  expect(withoutKey("https://raw.example.org/file.csv?token=ghp_x")).toBe("https://raw.example.org/file.csv");
});

test("a user and password before the host are cut out", () => {
  expect(withoutKey("https://desk:hunter2@feeds.example.org/ga/?a=1")).toBe("https://feeds.example.org/ga/?a=1");
  expect(withoutKey("https://feeds.example.org/path@thing")).toBe("https://feeds.example.org/path@thing");
});

test("carriesKey tells a URL with a key from one without", () => {
  expect(carriesKey("https://api.ap.org/v3/elections/2026-11-03?format=json&apiKey=x")).toBe(true);
  expect(carriesKey("https://user:pw@results.example.org/")).toBe(true);
  expect(carriesKey("https://results.enr.clarityelections.com/GA/105369/")).toBe(false);
  expect(carriesKey("https://api.ap.org/v3/elections/2026-11-03?format=json&monkey=1")).toBe(false);
});

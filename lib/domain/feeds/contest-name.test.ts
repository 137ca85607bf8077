import { expect, test } from "vitest";
import { officeAndSeat } from "./contest-name";

test.each([
  ["State Senate - District 1", "State Senate", "District 1"],
  ["State Senate District 1", "State Senate", "District 1"],
  ["US House District 14", "US House", "District 14"],
  ["US Senate (Perdue)", "US Senate (Perdue)", "Georgia"],
  ["US Senate (Loeffler) - Special", "US Senate (Loeffler) - Special", "Georgia"],
  ["Soil and Water - Altamaha", "Soil and Water", "Altamaha"],
  ["District Attorney - Clayton - Special Election", "District Attorney", "Clayton - Special Election"],
  ["State Senate District 39 - Special Democratic Primary", "State Senate", "District 39 - Special Democratic Primary"],
  ["President  of the United States", "President of the United States", "Georgia"],
  ["Sheriff", "Sheriff", "Georgia"],
])("%j → office %j, seat %j", (contest, office, seat) => {
  expect(officeAndSeat(contest, "Georgia")).toEqual({ office, seat });
});

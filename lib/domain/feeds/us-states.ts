// State names by postal code: AP names a race's state by code alone in some answers (initialization
// data has no state unit), and Clarity's Region is "GA" on a state site.
const STATE_NAMES: Readonly<Record<string, string>> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
  DE: "Delaware", DC: "District of Columbia", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois",
  IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland",
  MA: "Massachusetts", MI: "Michigan", MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana",
  NE: "Nebraska", NV: "Nevada", NH: "New Hampshire", NJ: "New Jersey", NM: "New Mexico", NY: "New York",
  NC: "North Carolina", ND: "North Dakota", OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania",
  RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah",
  VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming",
  AS: "American Samoa", GU: "Guam", MP: "Northern Mariana Islands", PR: "Puerto Rico", VI: "U.S. Virgin Islands",
  US: "United States",
};

/** New England reports by town, not county (FEEDS.md, AP "other traps"). */
export const TOWN_STATES: ReadonlySet<string> = new Set(["CT", "MA", "ME", "NH", "RI", "VT"]);

/** "Kentucky" for "KY" (any case); null for anything that is not a state's postal code. */
export function stateName(postal: string): string | null {
  const code = postal.trim().toUpperCase();
  return Object.hasOwn(STATE_NAMES, code) ? STATE_NAMES[code]! : null;
}

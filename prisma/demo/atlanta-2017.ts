// Atlanta City Council District 5, 7 November 2017, reconstructed. The final count matches the
// reported result (Archibong 5,010, Bakhtiari 4,758: 51.29%, a 252-vote margin). The county split,
// precinct counts, the timeline of batches and the votes by method are illustrative, and the bios
// say so. The counties' FIPS codes are the real ones.
import type { DemoElection } from "./demo-types";

const ATLANTA_NIGHT = (time: string) => `2017-11-08T${time}:00.000Z`; // 20:00 EST is 01:00Z next day

export const atlanta2017: DemoElection = {
  slug: "atlanta-2017-general",
  name: "Atlanta municipal general election",
  date: "2017-11-07",
  jurisdiction: "City of Atlanta, Georgia",
  races: [
    {
      slug: "atlanta-2017-council-district-5",
      office: "Atlanta City Council",
      seat: "District 5",
      rule: { kind: "majority", thresholdPct: 50 },
      recountMarginPct: 0.5,
      featured: true,
      candidates: [
        {
          slug: "natalyn-archibong",
          name: "Natalyn Archibong",
          incumbent: true,
          bio: "Incumbent council member for District 5, first elected in 2001. Profile text written for this demo.",
        },
        {
          slug: "liliana-bakhtiari",
          name: "Liliana Bakhtiari",
          bio: "Community organizer from east Atlanta, in a first run for the council. Profile text written for this demo.",
        },
      ],
      units: [
        { slug: "fulton", name: "Fulton County", kind: "county", precinctsTotal: 22, fips: "13121" },
        { slug: "dekalb", name: "DeKalb County", kind: "county", precinctsTotal: 9, fips: "13089" },
      ],
      // Bakhtiari leads through the early Fulton batches; DeKalb turns it late in the night.
      batches: [
        { at: ATLANTA_NIGHT("01:12"), unit: "fulton", precinctsReporting: 4, votes: { "natalyn-archibong": 820, "liliana-bakhtiari": 910 } },
        { at: ATLANTA_NIGHT("01:41"), unit: "dekalb", precinctsReporting: 2, votes: { "natalyn-archibong": 310, "liliana-bakhtiari": 260 } },
        { at: ATLANTA_NIGHT("02:15"), unit: "fulton", precinctsReporting: 10, votes: { "natalyn-archibong": 1690, "liliana-bakhtiari": 1905 } },
        { at: ATLANTA_NIGHT("02:52"), unit: "dekalb", precinctsReporting: 5, votes: { "natalyn-archibong": 780, "liliana-bakhtiari": 610 } },
        { at: ATLANTA_NIGHT("03:30"), unit: "fulton", precinctsReporting: 16, votes: { "natalyn-archibong": 2540, "liliana-bakhtiari": 2720 } },
        { at: ATLANTA_NIGHT("04:05"), unit: "dekalb", precinctsReporting: 7, votes: { "natalyn-archibong": 1210, "liliana-bakhtiari": 905 } },
        { at: ATLANTA_NIGHT("04:40"), unit: "fulton", precinctsReporting: 22, votes: { "natalyn-archibong": 3412, "liliana-bakhtiari": 3561 } },
        { at: ATLANTA_NIGHT("05:18"), unit: "dekalb", precinctsReporting: 9, votes: { "natalyn-archibong": 1598, "liliana-bakhtiari": 1197 } },
      ],
      // Illustrative, in the names Georgia's results sites use (../shared/FEEDS.md), adding up to each
      // county's final count: about three in four votes cast on election day; Archibong's lead comes
      // from advance voting, as an incumbent's often does. No expected-vote estimate: AP does not
      // estimate city council races.
      votesByMethod: {
        fulton: {
          "natalyn-archibong": { "Election Day Votes": 2519, "Advanced Voting Votes": 640, "Absentee by Mail Votes": 236, "Provisional Votes": 17 },
          "liliana-bakhtiari": { "Election Day Votes": 2702, "Advanced Voting Votes": 604, "Absentee by Mail Votes": 238, "Provisional Votes": 17 },
        },
        dekalb: {
          "natalyn-archibong": { "Election Day Votes": 1133, "Advanced Voting Votes": 336, "Absentee by Mail Votes": 121, "Provisional Votes": 8 },
          "liliana-bakhtiari": { "Election Day Votes": 897, "Advanced Voting Votes": 214, "Absentee by Mail Votes": 80, "Provisional Votes": 6 },
        },
      },
      stories: [
        {
          slug: "bakhtiari-unseats-archibong-in-district-5",
          headline: "Bakhtiari unseats Archibong in District 5",
          body: "Liliana Bakhtiari defeated four-term incumbent Natalyn Archibong for the District 5 seat on the Atlanta City Council.",
          expects: { kind: "winner", candidate: "liliana-bakhtiari" },
        },
        {
          slug: "archibong-holds-district-5",
          headline: "Archibong holds District 5 by 252 votes",
          body: "Natalyn Archibong kept her District 5 seat on the Atlanta City Council, finishing 252 votes ahead of Liliana Bakhtiari.",
          expects: { kind: "winner", candidate: "natalyn-archibong" },
        },
      ],
    },
  ],
};

// "Demo County": a fictional election with a race in every state a results desk meets, so every
// badge and page can be seen: no votes yet, counting, too close to call, called, multi-seat, runoff;
// its districts have a made-up map layer (demo-county-map.ts).
import { demoCountyMap } from "./demo-county-map";
import type { DemoBatch, DemoElection, DemoUnit } from "./demo-types";

const NIGHT = (time: string) => `2026-11-04T${time}:00.000Z`;
const BATCH_TIMES = ["01:05", "01:40", "02:20", "03:05", "03:45"].map(NIGHT);

const districts: DemoUnit[] = [
  { slug: "district-1", name: "Commission District 1", kind: "district", precinctsTotal: 12 },
  { slug: "district-2", name: "Commission District 2", kind: "district", precinctsTotal: 15 },
  { slug: "district-3", name: "Commission District 3", kind: "district", precinctsTotal: 9 },
];

/**
 * The night's batches for a race, unit by unit: each batch reports another share of the unit's
 * precincts and the same share of its final votes, until `share` of the count is in.
 */
function countedThrough(finalVotes: Record<string, Record<string, number>>, share = 1): DemoBatch[] {
  const steps = BATCH_TIMES.length;
  const batches: DemoBatch[] = [];
  for (let step = 1; step <= steps; step++) {
    const fraction = Math.min(step / steps, share);
    if (step > 1 && (step - 1) / steps >= share) break;
    districts.forEach((unit, index) => {
      const votes = finalVotes[unit.slug] ?? {};
      batches.push({
        at: BATCH_TIMES[step - 1]!.replace(":00.000Z", `:${String(index * 7).padStart(2, "0")}.000Z`),
        unit: unit.slug,
        precinctsReporting: Math.round(unit.precinctsTotal * fraction),
        votes: Object.fromEntries(Object.entries(votes).map(([slug, n]) => [slug, Math.round(n * fraction)])),
      });
    });
  }
  return batches;
}

export const demoCounty: DemoElection = {
  slug: "demo-county-2026-general",
  name: "Demo County general election",
  date: "2026-11-03",
  jurisdiction: "Demo County (fictional)",
  mapLayer: demoCountyMap,
  races: [
    {
      slug: "demo-county-mayor",
      office: "Demo County Mayor",
      seat: "Countywide",
      featured: true,
      candidates: [
        { slug: "rosa-delgado", name: "Rosa Delgado", party: "Democratic", bio: "Two-term county commissioner. Fictional.", links: [{ label: "Campaign site", url: "https://example.org/delgado" }] },
        { slug: "tom-whitaker", name: "Tom Whitaker", party: "Republican", incumbent: true, bio: "Mayor since 2022. Fictional." },
      ],
      units: districts,
      batches: countedThrough({
        "district-1": { "rosa-delgado": 9120, "tom-whitaker": 6010 },
        "district-2": { "rosa-delgado": 10433, "tom-whitaker": 9870 },
        "district-3": { "rosa-delgado": 4012, "tom-whitaker": 5488 },
      }),
      calls: [{ at: NIGHT("03:52"), status: "called", winners: ["rosa-delgado"], note: "All precincts in; Delgado's lead is beyond reach." }],
    },
    {
      slug: "demo-county-sheriff",
      office: "Demo County Sheriff",
      seat: "Countywide",
      featured: true,
      candidates: [
        { slug: "marcus-bell", name: "Marcus Bell", party: "Democratic", bio: "Retired state trooper. Fictional." },
        { slug: "dana-kowalski", name: "Dana Kowalski", party: "Republican", bio: "Chief deputy of the county jail. Fictional." },
      ],
      units: districts,
      // Mail ballots were counted first, so more of the expected vote is in than of the precincts.
      expectedVotePct: 58,
      batches: countedThrough(
        {
          "district-1": { "marcus-bell": 7900, "dana-kowalski": 7300 },
          "district-2": { "marcus-bell": 9100, "dana-kowalski": 10900 },
          "district-3": { "marcus-bell": 4800, "dana-kowalski": 4600 },
        },
        0.4,
      ),
    },
    {
      slug: "demo-county-clerk",
      office: "Demo County Clerk",
      seat: "Countywide",
      featured: true,
      recountMarginPct: 0.5,
      candidates: [
        { slug: "priya-raman", name: "Priya Raman", party: "Democratic", bio: "Deputy clerk for eleven years. Fictional." },
        { slug: "glen-osei", name: "Glen Osei", party: "Republican", bio: "Small-business owner and former school board member. Fictional." },
      ],
      units: districts,
      batches: countedThrough({
        "district-1": { "priya-raman": 7702, "glen-osei": 7440 },
        "district-2": { "priya-raman": 9815, "glen-osei": 10102 },
        "district-3": { "priya-raman": 4511, "glen-osei": 4455 },
      }),
      calls: [{ at: NIGHT("03:58"), status: "too_close", note: "31 votes apart with provisional ballots still to be cured." }],
    },
    {
      slug: "demo-county-treasurer",
      office: "Demo County Treasurer",
      seat: "Countywide",
      rule: { kind: "majority", thresholdPct: 50 },
      candidates: [
        { slug: "helen-park", name: "Helen Park", party: "Nonpartisan", bio: "Certified public accountant. Fictional." },
        { slug: "samuel-adeyemi", name: "Samuel Adeyemi", party: "Nonpartisan", bio: "County budget director. Fictional." },
        { slug: "lucy-fontaine", name: "Lucy Fontaine", party: "Nonpartisan", bio: "Credit union board chair. Fictional." },
      ],
      units: districts,
      batches: countedThrough({
        "district-1": { "helen-park": 6400, "samuel-adeyemi": 5200, "lucy-fontaine": 3100 },
        "district-2": { "helen-park": 8100, "samuel-adeyemi": 7600, "lucy-fontaine": 4300 },
        "district-3": { "helen-park": 3500, "samuel-adeyemi": 3900, "lucy-fontaine": 2000 },
      }),
      calls: [{ at: NIGHT("04:02"), status: "runoff", advancing: ["helen-park", "samuel-adeyemi"], note: "Nobody reached 50%; the top two meet in the December runoff." }],
    },
    {
      slug: "demo-county-school-board-at-large",
      office: "Demo County School Board",
      seat: "At-large (3 seats)",
      seats: 3,
      candidates: [
        { slug: "ana-ruiz", name: "Ana Ruiz", party: "Nonpartisan", bio: "Parent-teacher association president. Fictional." },
        { slug: "ben-carter", name: "Ben Carter", party: "Nonpartisan", incumbent: true, bio: "Board member since 2018. Fictional." },
        { slug: "chloe-nguyen", name: "Chloe Nguyen", party: "Nonpartisan", bio: "High-school science teacher. Fictional." },
        { slug: "david-okafor", name: "David Okafor", party: "Nonpartisan", bio: "Pediatrician. Fictional." },
        { slug: "erin-walsh", name: "Erin Walsh", party: "Nonpartisan", bio: "Librarian. Fictional." },
      ],
      units: districts,
      batches: countedThrough({
        "district-1": { "ana-ruiz": 6100, "ben-carter": 5200, "chloe-nguyen": 4900, "david-okafor": 3800, "erin-walsh": 2100 },
        "district-2": { "ana-ruiz": 7300, "ben-carter": 7700, "chloe-nguyen": 6200, "david-okafor": 5900, "erin-walsh": 3300 },
        "district-3": { "ana-ruiz": 3000, "ben-carter": 2600, "chloe-nguyen": 2900, "david-okafor": 2500, "erin-walsh": 1400 },
      }),
      calls: [{ at: NIGHT("03:55"), status: "called", winners: ["ana-ruiz", "ben-carter", "chloe-nguyen"] }],
    },
    {
      slug: "demo-county-commission-district-1",
      office: "Demo County Commission",
      seat: "District 1",
      candidates: [
        { slug: "frank-moreau", name: "Frank Moreau", party: "Democratic", bio: "Neighborhood association chair. Fictional." },
        { slug: "grace-lindqvist", name: "Grace Lindqvist", party: "Republican", bio: "Farmer and former 4-H leader. Fictional." },
      ],
      units: [{ slug: "district-1", name: "Commission District 1", kind: "district", precinctsTotal: 12 }],
      batches: [],
    },
  ],
};

// What editors send to set up elections, races, candidates and reporting units before election
// night (DESIGN.md section 4). Wrong types are malformed requests; values a person typed wrong
// (blank names, 60 seats, a threshold of 0, two candidates with one name) are refused on their field,
// so every message here completes a sentence that starts with the field's name. Names readers see
// are stored in NFC and may not hide invisible or text-direction characters (name-text.ts).
import { z } from "zod";
import { nameText } from "./name-text";
import { DEFAULT_MAJORITY_THRESHOLD_PCT, MAX_CANDIDATE_LINKS, MAX_PRECINCTS, MAX_RECOUNT_MARGIN_PCT, MAX_SEATS, RULE_KINDS, UNIT_KINDS } from "./election-setup-limits";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from "./slug";

export * from "./election-setup-limits";

const requiredText = (max: number) =>
  z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);

/** Blank means "none": a cleared form field and an explicit null both store null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === "" ? null : value))
    .nullable();

/** A name readers see, or blank for none (a party). */
const optionalName = (max: number) =>
  nameText(max, { required: false })
    .transform((value) => (value === "" ? null : value))
    .nullable();

/** Acknowledged warnings (setup-warnings.ts), as for a call: a set-up that looks wrong but may be right is saved once confirmed. */
const acknowledgements = z.array(z.string().max(60)).max(20);

export const slugSchema = z
  .string()
  .trim()
  .max(MAX_SLUG_LENGTH, `must be at most ${MAX_SLUG_LENGTH} characters`)
  .regex(SLUG_PATTERN, "must be lowercase letters and digits joined by hyphens, like district-5");

// NaN is a desk form's number field holding something that is not a number: refused on its field.
const wholeNumber = (min: number, max: number) =>
  z
    .union([z.number(), z.nan()])
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, `must be a whole number from ${min} to ${max}`);

const percent = (min: number, max: number) =>
  z
    .union([z.number(), z.nan()])
    .refine((n) => Number.isFinite(n) && n >= min && n <= max, `must be a number from ${min} to ${max}`);

const webAddress = z
  .string()
  .trim()
  .max(2000, "must be at most 2000 characters")
  .pipe(z.httpUrl("must be a web address starting with https:// or http://"));

export const electionDateSchema = z.iso.date("must be a date written YYYY-MM-DD");

export const newElectionSchema = z
  .object({
    name: nameText(160),
    date: electionDateSchema,
    jurisdiction: nameText(160),
    slug: slugSchema.optional(),
  })
  .strict();

export const electionEditSchema = z
  .object({
    name: nameText(160).optional(),
    date: electionDateSchema.optional(),
    jurisdiction: nameText(160).optional(),
    isTest: z
      .boolean()
      .optional()
      .describe("Test data (a test night, a replay): reader pages say so, and nothing about the election can be published; marking it pulls its published stories."),
    closeCallsNeedSecondEditor: z
      .boolean()
      .optional()
      .describe("Whether a close call (a winner or a runoff over warnings the guard raised, the recount band among them) waits for a second editor's confirmation. On by default."),
  })
  .strict();

export const raceRuleSchema = z
  .object({
    kind: z.enum(RULE_KINDS, "must be plurality or majority"),
    thresholdPct: percent(1, 100).nullable().optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.kind === "plurality" && rule.thresholdPct != null) {
      ctx.addIssue({ code: "custom", path: ["thresholdPct"], message: "applies only to a majority rule" });
    }
  })
  .transform((rule) =>
    rule.kind === "majority"
      ? { kind: "majority" as const, thresholdPct: rule.thresholdPct ?? DEFAULT_MAJORITY_THRESHOLD_PCT }
      : { kind: "plurality" as const },
  );

export const newCandidacySchema = z
  .object({
    name: nameText(120),
    party: optionalName(80).optional(),
    incumbent: z.boolean().default(false),
    writeIn: z.boolean().default(false),
    slug: slugSchema.optional(),
  })
  .strict();

/** A county's five-digit Census FIPS code: the race map draws the unit with that county's shape. */
export const fipsSchema = z.string().regex(/^\d{5}$/, "must be a five-digit county FIPS code, such as 13121");

const reportingUnitRowSchema = z
  .object({
    name: nameText(120),
    precinctsTotal: wholeNumber(0, MAX_PRECINCTS),
    slug: slugSchema.optional(),
    kind: z.enum(UNIT_KINDS, `must be one of ${UNIT_KINDS.join(", ")}`).default("county"),
    fips: fipsSchema.optional(),
  })
  .strict();

const NO_ADDRESS = "has no letters or digits to make an address from: send a slug";

interface NamedRow {
  name: string;
  slug?: string | undefined;
}

// Two rows for one person (or one unit) would split their votes; a repeated name or address is a typo.
function refuseRepeats(rows: readonly NamedRow[], list: string, noun: string, ctx: z.RefinementCtx): void {
  const byName = new Map<string, number>();
  const bySlug = new Map<string, number>();
  rows.forEach((row, index) => {
    const slug = row.slug ?? slugify(row.name);
    const name = row.name.toLowerCase();
    const sameName = byName.get(name);
    const sameSlug = bySlug.get(slug);
    if (slug === "") {
      ctx.addIssue({ code: "custom", path: [list, index, "name"], message: NO_ADDRESS });
    } else if (sameName !== undefined) {
      ctx.addIssue({ code: "custom", path: [list, index, "name"], message: `repeats ${noun} ${sameName + 1}` });
    } else if (sameSlug !== undefined) {
      const field = row.slug ? "slug" : "name";
      ctx.addIssue({ code: "custom", path: [list, index, field], message: `gives the same address (${slug}) as ${noun} ${sameSlug + 1}` });
    }
    if (!byName.has(name)) byName.set(name, index);
    if (slug !== "" && !bySlug.has(slug)) bySlug.set(slug, index);
  });
}

export const newRaceSchema = z
  .object({
    office: nameText(120),
    seat: nameText(120),
    rule: raceRuleSchema,
    seats: wholeNumber(1, MAX_SEATS).default(1),
    recountMarginPct: percent(0, MAX_RECOUNT_MARGIN_PCT).nullable().default(null),
    candidates: z.array(newCandidacySchema).min(1, "needs at least one candidate").max(100, "must be at most 100 candidates"),
    units: z
      .array(reportingUnitRowSchema)
      .min(1, "needs at least one reporting unit")
      .max(1000, "must be at most 1000 reporting units"),
    slug: slugSchema.optional(),
    featured: z.boolean().default(false),
    /** `look_alike_names`: two candidates' names fold alike and the editor says they are two people. */
    acknowledge: acknowledgements.default([]),
  })
  .strict()
  .superRefine((race, ctx) => {
    refuseRepeats(race.candidates, "candidates", "candidate", ctx);
    refuseRepeats(race.units, "units", "unit", ctx);
  })
  .transform((race) => ({
    ...race,
    candidates: race.candidates.map((c) => ({ ...c, party: c.party ?? null, slug: c.slug ?? slugify(c.name) })),
    units: race.units.map((u) => ({ ...u, slug: u.slug ?? slugify(u.name) })),
  }));

/** One more reporting unit for a race that already exists. */
export const newReportingUnitSchema = reportingUnitRowSchema
  .superRefine((unit, ctx) => {
    if (!unit.slug && slugify(unit.name) === "") ctx.addIssue({ code: "custom", path: ["name"], message: NO_ADDRESS });
  })
  .transform((unit) => ({ ...unit, slug: unit.slug ?? slugify(unit.name) }));

export const raceEditSchema = z
  .object({
    office: nameText(120).optional(),
    seat: nameText(120).optional(),
    rule: raceRuleSchema.optional(),
    seats: wholeNumber(1, MAX_SEATS).optional(),
    recountMarginPct: percent(0, MAX_RECOUNT_MARGIN_PCT).nullable().optional(),
    featured: z.boolean().optional(),
    acceptSourceCalls: z
      .boolean()
      .optional()
      .describe("Whether a feed's own call (AP's winner flag) calls the race, through the call guard as the feed's actor; any warning leaves the race for an editor. Off by default."),
  })
  .strict();

export const candidateLinkSchema = z
  .object({ label: requiredText(80), url: webAddress })
  .strict();

export const candidateProfileSchema = z
  .object({
    name: nameText(120).optional(),
    party: optionalName(80).optional(),
    bio: optionalText(4000).optional(),
    /** A photo by address; uploads wait for a table to keep the bytes in (see the set-up report). */
    photoUrl: webAddress.nullable().optional(),
    links: z.array(candidateLinkSchema).max(MAX_CANDIDATE_LINKS, `must be at most ${MAX_CANDIDATE_LINKS} links`).optional(),
    /** `look_alike_names`: the new name folds like another candidate's in one of their races. */
    acknowledge: acknowledgements.optional(),
  })
  .strict();

export const reportingUnitEditSchema = z
  .object({
    name: nameText(120).optional(),
    precinctsTotal: wholeNumber(0, MAX_PRECINCTS).optional(),
    /** Null clears it. */
    fips: fipsSchema.nullable().optional(),
  })
  .strict();

export type NewElection = z.infer<typeof newElectionSchema>;
export type ElectionEdit = z.infer<typeof electionEditSchema>;
export type RaceRuleInput = z.infer<typeof raceRuleSchema>;
export type NewRace = z.infer<typeof newRaceSchema>;
export type RaceEdit = z.infer<typeof raceEditSchema>;
export type CandidateProfileEdit = z.infer<typeof candidateProfileSchema>;
export type NewReportingUnit = z.infer<typeof newReportingUnitSchema>;
export type ReportingUnitEdit = z.infer<typeof reportingUnitEditSchema>;

/** An election's default address: its name, with the year when the name does not already say it. */
export function electionSlug(election: Pick<NewElection, "name" | "date">): string {
  const year = election.date.slice(0, 4);
  return slugify(election.name.includes(year) ? election.name : `${election.name} ${year}`);
}

/** A race's default address: "atlanta-2017-general" + "Atlanta City Council" + "District 5". */
export function raceSlug(electionSlugValue: string, race: Pick<NewRace, "office" | "seat">): string {
  return slugify(`${electionSlugValue}-${race.office}-${race.seat}`);
}

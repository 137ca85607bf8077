// The choices and limits of election set-up (election-setup.ts), apart from its schemas: the desk's
// forms show them in the browser, where importing the schemas would ship zod, whose probe for
// `new Function` the pages' Content-Security-Policy refuses and reports as a violation.
export const UNIT_KINDS = ["county", "district", "precinct"] as const;
export const RULE_KINDS = ["plurality", "majority"] as const;
export const DEFAULT_MAJORITY_THRESHOLD_PCT = 50;
export const MAX_SEATS = 50;
export const MAX_RECOUNT_MARGIN_PCT = 10;
export const MAX_PRECINCTS = 100_000;
export const MAX_CANDIDATE_LINKS = 10;

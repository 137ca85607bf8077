// Warnings about a set-up that looks wrong but may be right: the command refuses it (422
// `needs_acknowledgement`) until the caller acknowledges the warning's code, as with a call's.

/** Two candidates of one race have names that look alike (look-alike-names.ts). */
export const LOOK_ALIKE_NAMES = "look_alike_names";

// How a race is named in a sentence: "District 5 has not been called", but "Demo County Mayor has
// not been called" where the seat alone ("Countywide") would not say which race.
const SPECIFIC_SEAT = /\b(district|ward|seat|zone|precinct|place|position|circuit)\b/i;

export function raceShortName(race: { office: string; seat: string }): string {
  return SPECIFIC_SEAT.test(race.seat) ? race.seat : race.office;
}

export function nameList(names: readonly string[], conjunction = "and"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

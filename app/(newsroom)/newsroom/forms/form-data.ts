// Reading desk form fields (set-up, candidates, stories) into the shape the commands take. Blank optional fields are left out
// (or cleared, where blank means "none"); a number field holding words becomes NaN so the command
// refuses it on that field instead of guessing.

export function text(form: FormData, name: string): string {
  return String(form.get(name) ?? "");
}

/** Blank is "not given". */
export function optionalText(form: FormData, name: string): string | undefined {
  const value = text(form, name).trim();
  return value === "" ? undefined : value;
}

/** Blank is "none", stored as null. */
export function clearableText(form: FormData, name: string): string | null {
  return optionalText(form, name) ?? null;
}

export function requiredNumber(form: FormData, name: string): number {
  const raw = text(form, name).trim().replaceAll(",", "");
  return raw === "" ? Number.NaN : Number(raw);
}

export function optionalNumber(form: FormData, name: string): number | undefined {
  return text(form, name).trim() === "" ? undefined : requiredNumber(form, name);
}

export function clearableNumber(form: FormData, name: string): number | null {
  return optionalNumber(form, name) ?? null;
}

export function checkbox(form: FormData, name: string): boolean {
  return form.get(name) === "on";
}

/** Indexes of repeated rows, from fields named `list.0.name`, `list.1.name`, … in form order. */
export function rowIndexes(form: FormData, list: string): number[] {
  const pattern = new RegExp(`^${list}\\.(\\d+)\\.`);
  const indexes = new Set<number>();
  for (const name of form.keys()) {
    const match = pattern.exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

/** Every value of a repeated field (checkboxes, hidden lists), in form order. */
export function texts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string");
}

/** Warnings the editor confirmed, by code (checkboxes named `acknowledge`). */
export function acknowledged(form: FormData): string[] {
  return texts(form, "acknowledge");
}

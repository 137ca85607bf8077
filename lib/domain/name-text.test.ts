import { expect, test } from "vitest";
import { hiddenCharacters, nameText } from "./name-text";

const name = nameText(120);
const problem = (input: string) => name.safeParse(input).error?.issues.map((issue) => issue.message);

test("a name is trimmed and stored in NFC, so a decomposed é is the same name as a composed one", () => {
  const decomposed = "Jose\u0301 Nu\u0301n\u0303ez";
  expect(decomposed).not.toBe("José Núñez");
  expect(name.parse(`  ${decomposed} `)).toBe("José Núñez");
  expect(name.parse("José Núñez")).toBe("José Núñez");
});

test.each([
  ["a right-to-left override", "Natalyn \u202EgnobihcrA", "U+202E"],
  ["a left-to-right embedding", "\u202ANatalyn Archibong", "U+202A"],
  ["a pop directional formatting", "Natalyn Archibong\u202C", "U+202C"],
  ["a right-to-left isolate", "Natalyn \u2067Archibong\u2069", "U+2067, U+2069"],
  ["a left-to-right mark", "Natalyn\u200E Archibong", "U+200E"],
  ["a right-to-left mark", "Natalyn\u200F Archibong", "U+200F"],
  ["an Arabic letter mark", "Natalyn\u061C Archibong", "U+061C"],
  ["a zero-width space", "Nata\u200Blyn Archibong", "U+200B"],
  ["a zero-width non-joiner", "Nata\u200Clyn Archibong", "U+200C"],
  ["a zero-width joiner", "Nata\u200Dlyn Archibong", "U+200D"],
  ["a word joiner", "Nata\u2060lyn Archibong", "U+2060"],
  ["a zero-width no-break space, even at the end where trimming would hide it", "Natalyn Archibong\uFEFF", "U+FEFF"],
])("a name with %s is refused, naming the character", (_what, input, codes) => {
  expect(problem(input)).toEqual([expect.stringContaining(`(${codes})`)]);
  expect(problem(input)![0]).toMatch(/^contains (an )?invisible or text-direction characters? \(.+\); retype it without (it|them)$/);
});

test("hidden characters are listed once each, in the order they appear", () => {
  expect(hiddenCharacters("\u200Ba\u202Eb\u200Bc\u2066")).toEqual(["U+200B", "U+202E", "U+2066"]);
  expect(hiddenCharacters("Liliana Bakhtiari, José Núñez, 李明, Иван")).toEqual([]);
});

test("blank and overlong names keep their own messages", () => {
  expect(problem("   ")).toEqual(["is required"]);
  expect(problem("x".repeat(121))).toEqual(["must be at most 120 characters"]);
  expect(nameText(80, { required: false }).parse("  ")).toBe("");
});

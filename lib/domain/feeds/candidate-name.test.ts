import fc from "fast-check";
import { expect, test } from "vitest";
import { displayName, nameKey, readChoiceName } from "./candidate-name";

test.each([
  ["Donald J. Trump (I) (Rep)", "NP", { name: "Donald J. Trump", party: "Rep", incumbent: true }],
  ["Joseph R. Biden (Dem)", "NP", { name: "Joseph R. Biden", party: "Dem", incumbent: false }],
  ["Lauren Bubba McDonald, Jr. (I) (Rep)", "NP", { name: "Lauren Bubba McDonald, Jr.", party: "Rep", incumbent: true }],
  ["Earl L. ''Buddy'' Carter (I) (Rep)", "NP", { name: 'Earl L. "Buddy" Carter', party: "Rep", incumbent: true }],
  ["Zan Fort", "DEM", { name: "Zan Fort", party: "DEM", incumbent: false }],
  ["Ann  Lee (Rep)", "Dem", { name: "Ann Lee", party: "Dem", incumbent: false }],
  ["YES", null, { name: "YES", party: null, incumbent: false }],
  ["Jane Roe (Write-In)", "NP", { name: "Jane Roe (Write-In)", party: null, incumbent: false }],
  ["(Rep)", "", { name: "(Rep)", party: null, incumbent: false }],
])("Clarity choice %j with party %j", (text, party, expected) => {
  expect(readChoiceName(text, party)).toEqual(expected);
});

test.each([
  ["STACEY ABRAMS", "Stacey Abrams"],
  ["CHRIS CARR ", "Chris Carr"],
  ['CHARLES "CHUCK" HOGG', 'Charles "Chuck" Hogg'],
  ["OTHA E. THORNTON, JR", "Otha E. Thornton, Jr"],
  ["SHAWN O'HARA", "Shawn O'Hara"],
  ["JOHN MCDONALD III", "John McDonald III"],
  ["MARY-KATE SMITH", "Mary-Kate Smith"],
  ["Donald J. Trump", "Donald J. Trump"],
  ["deShawn van der Berg", "deShawn van der Berg"],
  ["YES", "Yes"],
])("display name of %j is %j", (raw, shown) => {
  expect(displayName(raw)).toBe(shown);
});

test("the name key ignores case and spacing, and a display name keeps the key", () => {
  expect(nameKey(" CHRIS  CARR ")).toBe(nameKey("Chris Carr"));
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), (raw) => {
      expect(nameKey(displayName(raw))).toBe(nameKey(raw));
    }),
  );
});

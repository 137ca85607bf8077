import fc from "fast-check";
import { expect, test } from "vitest";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from "./slug";

test.each([
  ["Natalyn Archibong", "natalyn-archibong"],
  ["Atlanta City Council", "atlanta-city-council"],
  ["  District 5  ", "district-5"],
  ["José Núñez", "jose-nunez"],
  ["Łukasz Straße", "lukasz-strasse"],
  ["O'Brien--Smith, Jr.", "o-brien-smith-jr"],
  ["atlanta-2017-general-Atlanta City Council-District 5", "atlanta-2017-general-atlanta-city-council-district-5"],
  ["DeKalb (part)", "dekalb-part"],
])("slugify(%j) is %j", (text, slug) => {
  expect(slugify(text)).toBe(slug);
});

test("a name with no ASCII letters or digits gives an empty slug, so the caller must ask for one", () => {
  expect(slugify("李明")).toBe("");
  expect(slugify("—")).toBe("");
});

test("a long text is cut to the slug limit without a trailing hyphen", () => {
  const slug = slugify(`${"a".repeat(MAX_SLUG_LENGTH - 1)} b c`);
  expect(slug).toBe("a".repeat(MAX_SLUG_LENGTH - 1));
});

test("any text slugifies to an empty string or a valid slug, and slugifying again changes nothing", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      const slug = slugify(text);
      expect(slug === "" || SLUG_PATTERN.test(slug)).toBe(true);
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      expect(slugify(slug)).toBe(slug);
    }),
  );
});

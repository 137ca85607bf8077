import { expect, test } from "vitest";
import { countChangeLabel } from "./count-source";

test("each source reads in the desk's words, and a correction says whose", () => {
  expect(countChangeLabel("manual", false, null)).toBe("Desk entry");
  expect(countChangeLabel("manual", true, null)).toBe("Desk correction");
  expect(countChangeLabel("csv", false, null)).toBe("CSV import");
  expect(countChangeLabel("csv", true, null)).toBe("CSV correction");
  expect(countChangeLabel("feed", false, "AP")).toBe("AP feed");
  expect(countChangeLabel("feed", true, "AP")).toBe("Feed correction (AP)");
  expect(countChangeLabel("feed", true, null)).toBe("Feed correction");
  expect(countChangeLabel("feed", false, null)).toBe("Feed");
  expect(countChangeLabel("seed", false, null)).toBe("Demo data");
});

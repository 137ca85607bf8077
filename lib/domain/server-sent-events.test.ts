import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { alreadySeen, commentFrame, eventFrame, openingFrame } from "./server-sent-events";

/** What a browser's EventSource makes of a stream: the events, with id, name and data (the spec's parsing rules). */
function parseStream(text: string): { id: string; event: string; data: string }[] {
  const events: { id: string; event: string; data: string }[] = [];
  let id = "";
  let event = "";
  let data: string[] = [];
  for (const line of text.split("\n")) {
    if (line === "") {
      if (data.length > 0) events.push({ id, event: event || "message", data: data.join("\n") });
      event = "";
      data = [];
    } else if (!line.startsWith(":")) {
      const [field, ...rest] = line.split(":");
      const value = rest.join(":").replace(/^ /, "");
      if (field === "id") id = value;
      if (field === "event") event = value;
      if (field === "data") data.push(value);
    }
  }
  return events;
}

describe("server-sent event frames", () => {
  it("a race's JSON arrives whole, under its name and version", () => {
    const json = JSON.stringify({ slug: "district-5", version: 42, name: "District 5: \"the 252\"" });
    const stream = openingFrame() + eventFrame({ id: "42", event: "race", data: json }) + commentFrame("keep-alive");
    expect(parseStream(stream)).toEqual([{ id: "42", event: "race", data: json }]);
  });

  it("any data, line breaks included, reads back as it was sent", () => {
    fc.assert(
      fc.property(fc.string(), (data) => {
        const [event] = parseStream(eventFrame({ id: "1", event: "race", data: data.replaceAll("\r", "") }));
        expect(event?.data).toBe(data.replaceAll("\r", ""));
      }),
    );
  });

  it("refuses an id or name that would break the frame", () => {
    expect(() => eventFrame({ id: "1\nevent: forged", event: "race", data: "{}" })).toThrow(/id cannot span lines/);
    expect(() => eventFrame({ id: "1", event: "race\r", data: "{}" })).toThrow(/name cannot span lines/);
  });

  it("tells the browser when to come back, and a comment carries no event", () => {
    expect(openingFrame(3000)).toBe("retry: 3000\n\n");
    expect(parseStream(commentFrame("keep-alive"))).toEqual([]);
  });

  it("a reconnect with the current version has seen it; any other id, or none, has not", () => {
    expect(alreadySeen("42", "42")).toBe(true);
    expect(alreadySeen("41", "42")).toBe(false);
    expect(alreadySeen(null, "42")).toBe(false);
    expect(alreadySeen("", "42")).toBe(false);
  });
});

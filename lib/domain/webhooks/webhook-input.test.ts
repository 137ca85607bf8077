import { expect, test } from "vitest";
import { refusedWebhookAddress } from "./webhook-address";
import { newWebhookSchema, shownSlackUrl } from "./webhook-input";

test("a webhook needs an http(s) URL without credentials and at least one known event", () => {
  const ok = newWebhookSchema.safeParse({ url: " https://hooks.example.org/results ", events: ["story.pulled", "race.called", "race.called"] });
  expect(ok.data).toEqual({ url: "https://hooks.example.org/results", kind: "webhook", events: ["race.called", "story.pulled"] });
  const problems = (input: unknown) => newWebhookSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  expect(problems({ url: "ftp://example.org/x", events: ["race.called"] })).toEqual(["url: must be an http:// or https:// address"]);
  expect(problems({ url: "https://user:pw@example.org/x", events: ["race.called"] })).toEqual(["url: must not hold a user name or password (the signature proves the sender)"]);
  expect(problems({ url: "not a url", events: [] })).toEqual(["url: must be a web address, like https://example.org/hooks/results", "events: must name at least one event"]);
  expect(problems({ url: "https://example.org", events: ["race.exploded"] })?.[0]).toMatch(/^events.0: /);
  expect(problems({ url: "https://example.org", events: ["race.called"], secret: "short" })).toEqual(["secret: must be at least 16 characters"]);
});

test("private, loopback and link-local addresses are refused, v4 and v6, unless the host is allowed", () => {
  expect(refusedWebhookAddress("127.0.0.1", "127.0.0.1", [])).toBe(
    "127.0.0.1 is a loopback address (127.0.0.1): webhooks may only reach public addresses unless the host is listed in WEBHOOK_ALLOWED_HOSTS.",
  );
  expect(refusedWebhookAddress("hooks.internal", "10.0.0.5", [])).toMatch(/^hooks.internal resolves to a private address/);
  expect(refusedWebhookAddress("::ffff:169.254.169.254", "::ffff:169.254.169.254", [])).toMatch(/link-local/);
  expect(refusedWebhookAddress("x", "fd00::1", [])).toMatch(/unique-local/);
  expect(refusedWebhookAddress("127.0.0.1", "127.0.0.1", ["127.0.0.1"])).toBeNull();
  expect(refusedWebhookAddress("hooks.example.org", "93.184.216.34", [])).toBeNull();
});

test("a Slack URL, its own credential, is shown as its host and last four characters", () => {
  expect(shownSlackUrl("https://hooks.slack.com/services/T0000/B0000/XXXXXXXXabcd")).toBe("https://hooks.slack.com/…abcd");
});

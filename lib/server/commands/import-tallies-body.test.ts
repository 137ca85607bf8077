import { expect, test } from "vitest";
import { csvRequestText } from "./import-tallies-body";
import { refusal } from "@/lib/testing/refusal";

function streamed(pieces: Uint8Array[], type = "text/csv"): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      pieces.forEach((piece) => controller.enqueue(piece));
      controller.close();
    },
  });
  return new Request("http://desk.test/api/v1/import", { method: "POST", body, headers: { "content-type": type }, duplex: "half" } as RequestInit);
}

async function text(request: Request, limit?: number): Promise<string> {
  let out = "";
  for await (const piece of csvRequestText(request, limit)) out += piece;
  return out;
}

test("a character split between two network pieces is decoded whole", async () => {
  const bytes = new TextEncoder().encode("unit\nDeKalb Café\n");
  const cut = bytes.indexOf(0xc3) + 1;
  expect(await text(streamed([bytes.slice(0, cut), bytes.slice(cut)]))).toBe("unit\nDeKalb Café\n");
});

test("a body that is not declared as CSV is a 415", async () => {
  const error = await refusal(text(streamed([new Uint8Array([97])], "text/plain")));
  expect([error.status, error.code]).toEqual([415, "unsupported_media_type"]);
});

test("a body over the limit is a 413, whether declared or counted as it arrives", async () => {
  const declared = new Request("http://desk.test/api/v1/import", { method: "POST", body: "x".repeat(20), headers: { "content-type": "text/csv; charset=utf-8", "content-length": "20" } });
  expect((await refusal(text(declared, 10))).status).toBe(413);
  const counted = await refusal(text(streamed([new Uint8Array(6), new Uint8Array(6)]), 10));
  expect([counted.status, counted.code]).toEqual([413, "payload_too_large"]);
});

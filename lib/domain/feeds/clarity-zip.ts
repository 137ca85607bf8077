// Clarity publishes detail.xml inside detailxml.zip. A zip is refused when it is cut short or
// corrupt, holds no detail.xml, or would unpack past the cap: a few kilobytes can claim (or really
// hold) gigabytes, so the declared size is checked before unpacking and the real size while it runs.
import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { formatCount } from "./feed-counts";

/** A zip file starts with a local file header, "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const DETAIL_XML = /(^|\/)detail\.xml$/i;

export function unzipDetailXml(zip: Uint8Array, maxBytes: number): { bytes: Uint8Array } | { problem: string } {
  const cap = `the ${formatCount(maxBytes)} bytes a feed may hold`;
  // Reading the central directory (at the end of the file) finds a zip that was cut short.
  const entries: { name: string; originalSize: number }[] = [];
  try {
    unzipSync(zip, { filter: (file) => (entries.push(file), false) });
  } catch (error) {
    return { problem: `The zip is truncated or corrupt (${reason(error)}).` };
  }
  const entry = entries.find((file) => DETAIL_XML.test(file.name));
  if (!entry) {
    const names = entries.map((file) => JSON.stringify(file.name)).slice(0, 5);
    return { problem: `The zip holds no detail.xml${names.length > 0 ? ` (it holds ${names.join(", ")})` : " (it is empty)"}.` };
  }
  if (entry.originalSize > maxBytes) return { problem: `detail.xml would unpack to ${formatCount(entry.originalSize)} bytes, more than ${cap}.` };

  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  let problem: string | null = null;
  const unzip = new Unzip((file) => {
    if (file.name !== entry.name || finished || problem) return;
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = `detail.xml in the zip is corrupt (${reason(error)}).`;
        return;
      }
      size += chunk.length;
      if (size > maxBytes) {
        problem = `detail.xml unpacks to more than ${cap}, though the zip declares ${formatCount(entry.originalSize)}.`;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      finished = final;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(zip, true);
  } catch (error) {
    problem ??= `The zip is truncated or corrupt (${reason(error)}).`;
  }
  if (problem) return { problem };
  if (!finished || size !== entry.originalSize) {
    return { problem: `detail.xml unpacks to ${formatCount(size)} bytes, not the ${formatCount(entry.originalSize)} the zip declares: the zip is corrupt.` };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes };
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

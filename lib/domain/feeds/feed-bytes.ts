// A payload's bytes as text: UTF-8 only, refused rather than guessed when it is not (a Latin-1 file
// read as UTF-8 would turn "Peña" into "Pe�a" on the results page).

export function decodeUtf8(bytes: Uint8Array): { text: string } | { where: string; problem: string } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const line = lenient.slice(0, Math.max(lenient.indexOf("\uFFFD"), 0)).split(/\r\n|\r|\n/).length;
    return { where: `line ${line}`, problem: "The file is not UTF-8 text: it holds bytes that are not valid UTF-8 (save or export it as UTF-8)." };
  }
}

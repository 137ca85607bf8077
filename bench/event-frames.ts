// Just enough of a text/event-stream reader for the benchmark: it reads each frame's `id:` line
// and reports the id at the frame's blank line (when a browser's EventSource would dispatch the
// event). Ten thousand readers receive every event, so it walks the bytes line by line as they
// arrive, without copying or decoding them; only the short id lines become strings.
const NEWLINE = 0x0a;
const I = "i".charCodeAt(0);
const ID_FIELD = "id: ";

export class EventIdReader {
  /** Whether the next byte starts a line (the stream starts with one). */
  private lineStart = true;
  /** The id line read so far, while one is being read (it may arrive in pieces). */
  private idLine: string | null = null;
  /** The id of the frame being read, until its blank line. */
  private pendingId: number | null = null;

  /** Reads a chunk of the stream; calls `onEvent` with the id of each frame it completes. */
  read(chunk: Buffer, onEvent: (id: number) => void): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.lineStart && this.idLine === null) {
        if (chunk[at] === NEWLINE) {
          // A blank line ends the frame.
          if (this.pendingId !== null) onEvent(this.pendingId);
          this.pendingId = null;
          at++;
          continue;
        }
        // Only the id field starts with "i"; the others (event, data, retry, comments) are skipped.
        if (chunk[at] === I) this.idLine = "";
      }
      const end = chunk.indexOf(NEWLINE, at);
      const lineEnd = end < 0 ? chunk.length : end;
      if (this.idLine !== null) this.idLine += chunk.toString("latin1", at, lineEnd);
      if (end < 0) {
        this.lineStart = false;
        return;
      }
      if (this.idLine?.startsWith(ID_FIELD)) this.pendingId = Number(this.idLine.slice(ID_FIELD.length));
      this.idLine = null;
      this.lineStart = true;
      at = end + 1;
    }
  }
}

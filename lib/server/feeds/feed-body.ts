import "server-only";
// A feed snapshot's request body, read only when the import asks for it (after checking who is
// asking), up to the snapshot size cap.
import { MAX_FEED_BYTES } from "@/lib/domain/feeds/feed-snapshot";
import { readLimitedBytes, UnreadableBody } from "@/lib/server/request-body";

export async function readFeedBody(request: Request): Promise<Uint8Array> {
  const bytes = await readLimitedBytes(request, MAX_FEED_BYTES);
  if (bytes instanceof UnreadableBody) throw bytes.error;
  return bytes;
}

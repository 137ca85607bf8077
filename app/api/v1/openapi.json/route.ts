import { publicJsonEntry } from "@/lib/server/http";
import { openApiJson } from "@/lib/server/openapi/document";

export const dynamic = "force-dynamic";

/** This API as OpenAPI 3.1: built once per process, answered with an ETag like the other public reads. */
export async function GET(request: Request) {
  return publicJsonEntry(request, openApiJson());
}

import { apiReferencePage } from "@/lib/server/api-docs";

/** The API reference, rendered from /api/v1/openapi.json. */
export function GET() {
  return apiReferencePage();
}

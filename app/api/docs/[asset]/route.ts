import { apiReferenceAsset } from "@/lib/server/api-docs";
import { notFoundResponse } from "@/lib/server/http";

/** The reference page's scripts and stylesheet, from this server. */
export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }) {
  return (await apiReferenceAsset((await params).asset)) ?? notFoundResponse("The file");
}

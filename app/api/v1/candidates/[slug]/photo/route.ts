import { MAX_PHOTO_BYTES } from "@/lib/domain/photo-type";
import { candidatePhoto, setCandidatePhoto } from "@/lib/server/commands/candidate-photo";
import { notFoundResponse } from "@/lib/server/http";
import { readLimitedBytes } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const photo = await candidatePhoto((await params).slug);
  if (!photo) return notFoundResponse("The photo");
  return new Response(Buffer.from(photo.bytes), {
    headers: {
      "Content-Type": photo.contentType,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: `"${photo.sha256}"`,
    },
  });
}

/**
 * The request body is the image itself (Content-Type image/png, image/jpeg or image/webp). It is read
 * by the command, after it has checked the caller's role: a refused upload is never read.
 */
export async function PUT(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => Response.json(await setCandidatePhoto(actor, slug, () => readLimitedBytes(request, MAX_PHOTO_BYTES))));
}

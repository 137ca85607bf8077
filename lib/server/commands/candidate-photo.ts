import "server-only";
// Uploading a candidate's portrait: the bytes are checked for what they really are and kept in the
// database; the profile's photo address then points at the photo route, versioned by the content
// hash so browsers and CDNs may cache it for good.
//
// The command is handed a way to read the upload, not the upload: it asks who is calling first, and
// only an editor's request has its body read (an anonymous 2 MB PUT is answered 401 unread).
import { createHash } from "node:crypto";
import { detectPhotoType, MAX_PHOTO_BYTES } from "@/lib/domain/photo-type";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateEverything } from "@/lib/server/cache/tags";
import { auditData } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { invalid, notFound, payloadTooLarge } from "@/lib/server/errors";
import { UnreadableBody } from "@/lib/server/request-body";

/** Reads the photo's bytes; called only once the caller may set photos and the candidate exists. */
export type PhotoUpload = () => Promise<Uint8Array | UnreadableBody>;

export async function setCandidatePhoto(actor: Actor | null, slug: string, readPhoto: PhotoUpload): Promise<{ photoUrl: string }> {
  const who = authorize(actor, "election:setup");
  const candidate = await db.candidate.findUnique({ where: { slug }, select: { id: true } });
  if (!candidate) throw notFound(`Candidate "${slug}"`);

  const bytes = await readPhoto();
  if (bytes instanceof UnreadableBody) throw bytes.error;
  if (bytes.byteLength === 0) throw invalid({ photo: "is empty: choose an image file" });
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw payloadTooLarge("The photo is larger than 2 MB.");
  const contentType = detectPhotoType(bytes);
  if (!contentType) throw invalid({ photo: "must be a PNG, JPEG or WebP image" });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const photoUrl = `/api/v1/candidates/${slug}/photo?v=${sha256.slice(0, 12)}`;
  const data = { contentType, bytes: Buffer.from(bytes), sha256 };
  await db.$transaction([
    db.candidatePhoto.upsert({ where: { candidateId: candidate.id }, create: { candidateId: candidate.id, ...data }, update: data }),
    db.candidate.update({ where: { id: candidate.id }, data: { photoUrl } }),
    db.auditEvent.create({
      data: auditData({ action: "candidate.photo_set", actor: who, subjectType: "Candidate", subjectId: candidate.id, detail: { contentType, bytes: bytes.byteLength, sha256 } }),
    }),
  ]);
  invalidateEverything();
  return { photoUrl };
}

export async function candidatePhoto(slug: string): Promise<{ contentType: string; bytes: Uint8Array; sha256: string } | null> {
  const photo = await db.candidatePhoto.findFirst({ where: { candidate: { slug } }, select: { contentType: true, bytes: true, sha256: true } });
  return photo ? { ...photo, bytes: new Uint8Array(photo.bytes) } : null;
}

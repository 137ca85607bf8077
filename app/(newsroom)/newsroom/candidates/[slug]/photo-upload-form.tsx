"use client";

import { useActionState } from "react";
import { uploadPhotoAction, type PhotoUploadState } from "./actions";

export function PhotoUploadForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState<PhotoUploadState, FormData>(uploadPhotoAction, { error: null, photoUrl: null });
  return (
    <form action={action} className="desk-form photo-form" aria-labelledby="photo-heading">
      <h2 id="photo-heading">Upload a photo</h2>
      <input type="hidden" name="candidate" value={slug} />
      <label>
        Photo (PNG, JPEG or WebP, up to 2 MB)
        <input type="file" name="photo" accept="image/png,image/jpeg,image/webp" required aria-describedby="photo-status" />
      </label>
      <p id="photo-status" aria-live="polite" className={state.error ? "field-error" : "saved"}>
        {state.error ?? (state.photoUrl && "Photo saved; it now shows on the profile and in every race.")}
      </p>
      <button type="submit" disabled={pending}>
        {pending ? "Uploading…" : "Upload photo"}
      </button>
    </form>
  );
}

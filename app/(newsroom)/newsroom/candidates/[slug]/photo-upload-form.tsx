"use client";
// Sends a portrait straight to the photo API with the desk's session, as the import page sends its
// CSV: the server checks the editor's role before it reads a byte of the file. (A server action's
// body is read whole by Next before any code of ours runs, whoever sent it.)
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { MAX_PHOTO_BYTES } from "@/lib/domain/photo-type";

type UploadState = { status: "idle" } | { status: "uploading" } | { status: "saved" } | { status: "refused"; message: string };

async function sendPhoto(slug: string, file: File): Promise<string | null> {
  try {
    const response = await fetch(`/api/v1/candidates/${encodeURIComponent(slug)}/photo`, {
      method: "PUT",
      body: file,
      headers: { "Content-Type": file.type || "application/octet-stream" },
    });
    if (response.ok) return null;
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return body?.error?.message ?? `The server answered ${response.status}.`;
  } catch {
    return "The upload did not reach the server. Check the connection and try again.";
  }
}

export function PhotoUploadForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [state, setState] = useState<UploadState>({ status: "idle" });

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("photo");
    if (!(file instanceof File) || file.size === 0) return setState({ status: "refused", message: "Choose an image file." });
    if (file.size > MAX_PHOTO_BYTES) return setState({ status: "refused", message: "The photo is larger than 2 MB." });
    setState({ status: "uploading" });
    const problem = await sendPhoto(slug, file);
    if (problem) return setState({ status: "refused", message: problem });
    setState({ status: "saved" });
    // The avatar and photo address on this page come from the server.
    router.refresh();
  }

  return (
    <form onSubmit={upload} className="desk-form photo-form" aria-labelledby="photo-heading">
      <h2 id="photo-heading">Upload a photo</h2>
      <label>
        Photo (PNG, JPEG or WebP, up to 2 MB)
        <input type="file" name="photo" accept="image/png,image/jpeg,image/webp" required aria-describedby="photo-status" />
      </label>
      <p id="photo-status" aria-live="polite" className={state.status === "refused" ? "field-error" : "saved"}>
        {state.status === "refused" && state.message}
        {state.status === "saved" && "Photo saved; it now shows on the profile and in every race."}
      </p>
      <button type="submit" disabled={state.status === "uploading"}>
        {state.status === "uploading" ? "Uploading…" : "Upload photo"}
      </button>
    </form>
  );
}

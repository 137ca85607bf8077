// "Embed this race": the iframe code another site pastes to show the live widget (/embed/races/…).
// The address is the one the reader used to reach this page, so the code works on any deployment.
import { headers } from "next/headers";

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** This request's origin ("https://results.example.org"), from Host and a proxy's X-Forwarded-Proto. */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("host") ?? "localhost";
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim();
  // Anything that is not a plain host name is refused rather than echoed into the page.
  const safeHost = HOST.test(host) ? host : "localhost";
  return `${proto === "https" ? "https" : "http"}://${safeHost}`;
}

export function embedCode(origin: string, slug: string, title: string): string {
  const escapedTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${origin}/embed/races/${encodeURIComponent(slug)}" title="${escapedTitle}" width="100%" height="420" style="border:0" loading="lazy"></iframe>`;
}

export async function EmbedSnippet({ slug, title }: { slug: string; title: string }) {
  const code = embedCode(await requestOrigin(), slug, title);
  return (
    <section aria-labelledby="embed-heading" className="embed-snippet">
      <h2 id="embed-heading">Embed this race</h2>
      <label htmlFor="embed-code" className="small">
        Copy this code into your page to show these results, updated live:
      </label>
      <textarea id="embed-code" readOnly rows={3} value={code} />
    </section>
  );
}

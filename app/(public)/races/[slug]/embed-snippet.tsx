// "Embed this race": the iframe code another site pastes to show the live widget (/embed/races/…).
// The address is the site's public address (PUBLIC_URL), so the code works wherever it is pasted and
// the page stays the same for every reader, which lets it be cached.
import { env } from "@/lib/server/env";

export function embedCode(origin: string, slug: string, title: string): string {
  const escapedTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${origin}/embed/races/${encodeURIComponent(slug)}" title="${escapedTitle}" width="100%" height="420" style="border:0" loading="lazy"></iframe>`;
}

export function EmbedSnippet({ slug, title }: { slug: string; title: string }) {
  const code = embedCode(env.PUBLIC_URL, slug, title);
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

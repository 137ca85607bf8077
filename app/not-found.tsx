import { NotFoundHelp } from "@/components/not-found-help";
import { PublicShell } from "@/components/public-shell";

// Next renders this into every page (as the boundary a page falls back to), so it reads no data
// on the server: the election list is fetched by the reader's browser.
export default function NotFound() {
  return (
    <PublicShell>
      <NotFoundHelp />
    </PublicShell>
  );
}

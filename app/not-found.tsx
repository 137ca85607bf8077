import { connection } from "next/server";
import { NotFoundHelp } from "@/components/not-found-help";
import { PublicShell } from "@/components/public-shell";

export default async function NotFound() {
  // Rendered per request: it lists the elections there are now, not those at build time.
  await connection();
  return (
    <PublicShell>
      <NotFoundHelp />
    </PublicShell>
  );
}

import { NotFoundHelp } from "@/components/not-found-help";
import { PublicShell } from "@/components/public-shell";

export default function NotFound() {
  return (
    <PublicShell>
      <NotFoundHelp />
    </PublicShell>
  );
}

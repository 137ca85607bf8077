import type { ReactNode } from "react";
import { DemoBanner, PublicShell } from "@/components/public-shell";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicShell banner={<DemoBanner />}>{children}</PublicShell>;
}

import type { ReactNode } from "react";
import { DemoBanner, PublicShell } from "@/components/public-shell";
import { SearchBox } from "@/components/search-box";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicShell banner={<DemoBanner />} search={<SearchBox />}>{children}</PublicShell>;
}

import type { ReactNode } from "react";
import { PermissionGate } from "@/app/(newsroom)/newsroom/permission-gate";

export default function StoriesLayout({ children }: { children: ReactNode }) {
  return <PermissionGate permission="story:publish">{children}</PermissionGate>;
}

import type { ReactNode } from "react";
import { PermissionGate } from "@/app/(newsroom)/newsroom/permission-gate";

export default function SetupLayout({ children }: { children: ReactNode }) {
  return <PermissionGate permission="election:setup">{children}</PermissionGate>;
}

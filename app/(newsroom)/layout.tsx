import type { ReactNode } from "react";
import "./newsroom.css";

export default function NewsroomGroupLayout({ children }: { children: ReactNode }) {
  return <div className="desk">{children}</div>;
}

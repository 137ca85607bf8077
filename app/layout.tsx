import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/server/env";
import "./globals.css";

export const metadata: Metadata = {
  // Absolute addresses in share tags (the race preview image) are built on the site's public address.
  metadataBase: new URL(env.PUBLIC_URL),
  title: { default: "Election results", template: "%s · Election results" },
  description: "Live election results: who leads, by how much, how much is counted, and who won.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

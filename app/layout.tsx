import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PAPER } from "@/lib/domain/candidate-palette";
import { env } from "@/lib/server/env";
import "./globals.css";

export const metadata: Metadata = {
  // Absolute addresses in share tags (the race preview image) are built on the site's public address.
  metadataBase: new URL(env.PUBLIC_URL),
  title: { default: "Election results", template: "%s · Election results" },
  description: "Live election results: who leads, by how much, how much is counted, and who won.",
};

// Both colour schemes (app/globals.css): the browser's own chrome, form controls and the page before
// the style sheet arrives follow the reader's setting, in the paper colour of each.
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: PAPER.light },
    { media: "(prefers-color-scheme: dark)", color: PAPER.dark },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

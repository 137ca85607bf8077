// The frame of every embed: no masthead, banner or footer, because the page around the iframe is
// someone else's. app/layout.tsx still owns <html> and <body>; this only sets the widget's box.
import type { Metadata } from "next";
import type { ReactNode } from "react";

// Embeds are copies of reader pages on other sites; search engines should index the originals.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <main className="embed">{children}</main>;
}

import Link from "next/link";

/**
 * The desk's link to what readers see. Never prefetched: a prefetch after every save would render
 * the reader page again before any reader asked for it, and fill the page cache for nobody.
 */
export function ReaderPageLink({ href, children = "Reader page" }: { href: string; children?: React.ReactNode }) {
  return (
    <Link href={href} prefetch={false}>
      {children}
    </Link>
  );
}

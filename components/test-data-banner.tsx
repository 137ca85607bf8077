import type { ReactNode } from "react";
import { TEST_DATA_BANNER } from "@/lib/domain/test-data";

// Says, so nobody can miss it, that a page's numbers are test data (an AP test night, a replayed
// night): never to be mistaken for real results (lib/domain/test-data.ts). The status region is in
// the page whether or not the election holds test data, so that on a live page a screen reader
// announces the banner when a poll brings it. `wide` runs it edge to edge above a page's content.
export function TestDataBanner({ testData, wide = false, children }: { testData: boolean; wide?: boolean; children?: ReactNode }) {
  return (
    <div role="status" aria-label="Test data" className={testData ? `test-data-banner${wide ? " test-data-wide" : ""}` : undefined}>
      {testData && (
        <>
          <strong>{TEST_DATA_BANNER}</strong>
          {children && <span className="test-data-note">{children}</span>}
        </>
      )}
    </div>
  );
}

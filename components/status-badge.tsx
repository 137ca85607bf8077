import { callLabel, callTone } from "@/lib/domain/race-status";
import type { RaceResult } from "@/lib/domain/race-result";
import { TEST_DATA_BADGE } from "@/lib/domain/test-data";

/** Where a race stands: its call, and beside it TEST when its election holds test data. */
export function StatusBadge({ race }: { race: RaceResult }) {
  return (
    <>
      <span className={`badge badge-${callTone(race.call.status)}`}>{callLabel(race)}</span>
      {race.testData && (
        <>
          {" "}
          <TestDataBadge />
        </>
      )}
    </>
  );
}

export function TestDataBadge() {
  return (
    <span className="badge badge-test">
      {TEST_DATA_BADGE}
      <span className="visually-hidden"> data</span>
    </span>
  );
}

import { callLabel, callTone } from "@/lib/domain/race-status";
import type { RaceResult } from "@/lib/domain/race-result";

export function StatusBadge({ race }: { race: RaceResult }) {
  return <span className={`badge badge-${callTone(race.call.status)}`}>{callLabel(race)}</span>;
}

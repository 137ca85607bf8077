// "Call retracted at 11:42 PM: recanvass under way": what a retraction leaves on every reader view
// (race page, election list, home page, embed), beside the "Not yet called" badge. Nothing otherwise.
import type { CurrentCall } from "@/lib/domain/race-call";
import { retractionLine } from "@/lib/domain/race-status";
import { formatClock } from "@/lib/domain/time-words";
import { timeText, type ServerTime } from "@/components/live/updated-time";

export function CallRetraction({ call, timeZone, server = null }: { call: CurrentCall; timeZone: string; server?: ServerTime | null }) {
  const words = retractionLine(call, (iso) => timeText(iso, server, (t) => formatClock(t, timeZone)));
  if (words === null) return null;
  // Server and browser may format the clock with different ICU data; the browser's wins on update.
  return (
    <p className="call-retraction" suppressHydrationWarning>
      {words}
    </p>
  );
}

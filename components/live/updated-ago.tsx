"use client";
// "Updated 2 min ago": how fresh the numbers are, kept true while the page stays open. It ticks on
// its own clock and starts again when new data brings a new time. The server, whose page may be
// served from a cache minutes later, gives the moment itself ("Updated Nov 8, 2017, 12:18 AM EST"),
// which stays true however old the page is; the browser turns it into minutes once it runs.
import { useEffect, useState } from "react";
import { formatDateTime, updatedAgoWords } from "@/lib/domain/time-words";

// The words change by the minute; a tick a few times a minute keeps them at most that late.
const TICK_MS = 15_000;

export function UpdatedAgo({ iso, timeZone }: { iso: string; timeZone: string }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, TICK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [iso]);
  const moment = formatDateTime(iso, timeZone);
  // Server and browser may format the moment with different ICU data; the browser's wins.
  return (
    <time dateTime={iso} title={moment} suppressHydrationWarning>
      {now === null ? `Updated ${moment}` : updatedAgoWords(iso, now, timeZone)}
    </time>
  );
}

"use client";
// Keeps a desk page current: it follows the desk's change stream (GET /api/v1/desk/events) and,
// when a change concerns this page, asks Next for the page again (router.refresh), which re-reads
// it on the server with the desk's own authorized queries. Forms keep what was typed: a refresh
// re-renders the server's part and hands client components new props, never new state.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { concerns, type DeskChange, type DeskWatch } from "@/lib/domain/desk-changes";

/** Several changes in a burst (a feed snapshot, a CSV file) make one refresh. */
const SETTLE_MS = 300;

type Connection = "connecting" | "live" | "lost";

const WORDS: Record<Connection, string> = {
  connecting: "Connecting to live updates…",
  live: "Live: this page updates as the desk saves.",
  lost: "Live updates stopped: reload the page for the latest.",
};

export function LiveDesk({ watch }: { watch: DeskWatch }) {
  const router = useRouter();
  const [connection, setConnection] = useState<Connection>("connecting");
  const watchKey = JSON.stringify(watch);

  useEffect(() => {
    const followed = JSON.parse(watchKey) as DeskWatch;
    const source = new EventSource("/api/v1/desk/events");
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasOpen = false;
    const refreshSoon = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        router.refresh();
      }, SETTLE_MS);
    };
    source.addEventListener("open", () => {
      // A reconnect may have missed changes: read the page again once.
      if (wasOpen) refreshSoon();
      wasOpen = true;
      setConnection("live");
    });
    source.addEventListener("error", () => setConnection(source.readyState === EventSource.CLOSED ? "lost" : "connecting"));
    source.addEventListener("change", (event) => {
      if (concerns(followed, JSON.parse((event as MessageEvent<string>).data) as DeskChange)) refreshSoon();
    });
    return () => {
      source.close();
      clearTimeout(timer);
    };
  }, [router, watchKey]);

  return (
    <p className={`live-desk small ${connection === "live" ? "muted" : "field-error"}`} data-connection={connection}>
      {WORDS[connection]}
    </p>
  );
}

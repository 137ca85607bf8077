// A feed's call as the race desk shows it: the advice in one line, whether the desk's call agrees,
// and why a race that accepts source calls was left for an editor. The call panel adds its "Call the
// same" button; staff, who do not call races, see the note alone.
import type { ReactNode } from "react";
import type { SourceCallAdviceView } from "@/lib/domain/feeds/source-call-advice";

export function SourceCallNote({ advice, children }: { advice: SourceCallAdviceView; children?: ReactNode }) {
  return (
    <div className={`source-call${advice.heldBack ? " held-back" : ""}`} role="note" aria-label={`${advice.source}'s call`}>
      <p>
        <strong>{advice.sentence}</strong>
        {advice.deskAgrees && advice.status !== "uncalled" && <span className="muted small"> · the desk&apos;s call agrees</span>}
      </p>
      {advice.heldBack && <p className="small">{advice.heldBack}</p>}
      <p className="small muted">
        {advice.acceptSourceCalls
          ? `This race accepts ${advice.source}'s calls: they go through the call guard, and any warning leaves the race for an editor.`
          : `Advice only: ${advice.source}'s calls do not call this race.`}
      </p>
      {children}
    </div>
  );
}

"use server";

import { revalidatePath } from "next/cache";
import type { FeedImportReport } from "@/lib/domain/feeds/feed-import";
import type { FeedProblem } from "@/lib/domain/feeds/feed-snapshot";
import { currentActor } from "@/lib/server/auth/current-actor";
import { importFeedSnapshot } from "@/lib/server/commands/import-feed";
import { CommandError } from "@/lib/server/errors";
import { checkbox, text } from "../../../forms/form-data";
import { formStateOf } from "../../../forms/form-refusal";

export type FeedImportState =
  | { status: "idle" }
  | { status: "imported"; report: FeedImportReport }
  | { status: "refused"; message: string; problems: FeedProblem[]; fields: Record<string, string> };

/** The desk's feed upload: the same command as the API and `npm run feed -- import`. */
export async function importFeedAction(_previous: FeedImportState, form: FormData): Promise<FeedImportState> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return { status: "refused", message: "Choose the feed file to import.", problems: [], fields: { file: "Choose a file." } };
  }
  const electionSlug = text(form, "election");
  try {
    const report = await importFeedSnapshot(
      await currentActor(),
      electionSlug,
      // Read once the command has checked the caller.
      async () => new Uint8Array(await file.arrayBuffer()),
      { format: text(form, "format"), create: checkbox(form, "create"), dryRun: checkbox(form, "dryRun") },
      { origin: "upload" },
    );
    // The page says how many races the election has; the form keeps its state.
    if (!report.dryRun) revalidatePath(`/newsroom/elections/${electionSlug}/feed-import`);
    return { status: "imported", report };
  } catch (error) {
    if (error instanceof CommandError && error.is("feed_refused")) return { status: "refused", message: error.message, problems: error.details.problems, fields: {} };
    // The form keeps its own inputs (the chosen file included), so nothing is sent back.
    const { message, fields } = formStateOf(error);
    return { status: "refused", message, problems: [], fields };
  }
}

"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/server/auth/current-actor";
import { addWebhook, removeWebhook, resendDelivery, sendTestEvent } from "@/lib/server/commands/webhooks";
import { text } from "../forms/form-data";
import type { FormState } from "../forms/form-state";
import { formStateOf } from "../forms/form-refusal";

const WEBHOOKS_PATH = "/newsroom/webhooks";

/** A form's outcome; after a webhook is added, its secret, shown this once. */
export type WebhookFormState = FormState & { secret?: string };

async function attempt(work: () => Promise<string>): Promise<FormState> {
  let message: string;
  try {
    message = await work();
  } catch (error) {
    return formStateOf(error);
  }
  revalidatePath(WEBHOOKS_PATH);
  return { status: "saved", message };
}

export async function addWebhookAction(_previous: WebhookFormState, form: FormData): Promise<WebhookFormState> {
  try {
    const created = await addWebhook(await currentActor(), { url: text(form, "url"), kind: text(form, "kind"), events: form.getAll("events").map(String) });
    revalidatePath(WEBHOOKS_PATH);
    const signs = created.kind === "slack" ? "" : " Its secret signs every delivery; it is shown once:";
    return { status: "saved", message: `${created.url} added.${signs}`, ...(created.kind === "webhook" && { secret: created.secret }) };
  } catch (error) {
    return formStateOf(error, form, { kind: "must be webhook or slack", events: "must name at least one event" });
  }
}

export async function removeWebhookAction(_previous: FormState, form: FormData): Promise<FormState> {
  return attempt(async () => {
    await removeWebhook(await currentActor(), text(form, "webhook"));
    return "Removed.";
  });
}

export async function sendTestEventAction(_previous: FormState, form: FormData): Promise<FormState> {
  return attempt(async () => {
    await sendTestEvent(await currentActor(), text(form, "webhook"));
    return "Test event queued: it is sent within a second; reload to see how it went.";
  });
}

export async function resendDeliveryAction(_previous: FormState, form: FormData): Promise<FormState> {
  return attempt(async () => {
    await resendDelivery(await currentActor(), text(form, "webhook"), text(form, "delivery"));
    return "Sending again now.";
  });
}

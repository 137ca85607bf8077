"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/server/auth/current-actor";
import { createApiKey, createUser, revokeApiKey, setUserRole } from "@/lib/server/commands/accounts";
import { optionalText, text } from "../forms/form-data";
import { formStateOf } from "../forms/form-refusal";

export interface AdminActionState {
  message: string | null;
  error: string | null;
  /** A password or key shown once, right after it was made. */
  secret: string | null;
}

async function attempt(work: () => Promise<Omit<AdminActionState, "error">>): Promise<AdminActionState> {
  try {
    const result = await work();
    revalidatePath("/newsroom/admin");
    return { ...result, error: null };
  } catch (error) {
    return { message: null, secret: null, error: formStateOf(error).message };
  }
}

export async function createUserAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return attempt(async () => {
    const user = await createUser(await currentActor(), { email: form.get("email"), name: form.get("name"), role: form.get("role") });
    return { message: `Created ${user.role} ${user.email}. Give them this password; it is shown once:`, secret: user.generatedPassword };
  });
}

export async function createApiKeyAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return attempt(async () => {
    const email = text(form, "email");
    const { key } = await createApiKey(await currentActor(), { email, name: optionalText(form, "name") ?? "automation" });
    return { message: `API key for ${email}; it is shown once:`, secret: key };
  });
}

export async function setUserRoleAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return attempt(async () => {
    await setUserRole(await currentActor(), { userId: form.get("userId"), role: form.get("role") });
    return { message: "Role changed.", secret: null };
  });
}

export async function revokeApiKeyAction(_previous: AdminActionState, form: FormData): Promise<AdminActionState> {
  return attempt(async () => {
    await revokeApiKey(await currentActor(), text(form, "keyId"));
    return { message: "API key revoked.", secret: null };
  });
}

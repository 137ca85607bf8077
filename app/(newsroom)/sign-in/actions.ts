"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/server/commands/sign-in";
import { text } from "../newsroom/forms/form-data";
import { formStateOf } from "../newsroom/forms/form-refusal";

export interface SignInState {
  error: string | null;
  email: string;
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = text(form, "email");
  try {
    await signIn({ email, password: text(form, "password") }, await headers());
  } catch (error) {
    // Only the email comes back: a refused form never echoes the password.
    return { error: formStateOf(error).message, email };
  }
  const next = text(form, "next");
  redirect(next.startsWith("/newsroom") ? next : "/newsroom");
}

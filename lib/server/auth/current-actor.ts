import "server-only";
// The actor behind a desk page or server action, from the request's cookies.
import { headers } from "next/headers";
import { actorFromHeaders, type Actor } from "@/lib/server/auth/actor";

export async function currentActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers());
}

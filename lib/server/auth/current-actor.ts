import "server-only";
// The actor behind a desk page or server action, from the request's cookies. Asked once per
// request however many layouts, pages and metadata functions want it.
import { headers } from "next/headers";
import { cache } from "react";
import { actorFromHeaders, type Actor } from "@/lib/server/auth/actor";

export const currentActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));

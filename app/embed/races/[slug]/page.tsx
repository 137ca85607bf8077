// /embed/races/[slug]: the compact live widget other sites put in an iframe. next.config.js lets
// only /embed/* be framed by other origins.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/server/env";
import { getRaceResult } from "@/lib/server/queries/races";
import { LiveRaceWidget } from "./live-race-widget";

export const dynamic = "force-dynamic";

interface EmbedRacePageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: EmbedRacePageProps): Promise<Metadata> {
  const race = await getRaceResult((await params).slug);
  return { title: race ? `${race.office}, ${race.seat}` : "Race not found" };
}

export default async function EmbedRacePage({ params }: EmbedRacePageProps) {
  const race = await getRaceResult((await params).slug);
  if (!race) notFound();
  return <LiveRaceWidget initial={race} timeZone={env.DISPLAY_TIME_ZONE} />;
}

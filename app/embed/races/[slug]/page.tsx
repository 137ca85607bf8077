// /embed/races/[slug]: the compact live widget other sites put in an iframe. next.config.js lets
// only /embed/* be framed by other origins.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/server/env";
import { readRace } from "@/lib/server/queries/reader";
import { LiveRaceWidget } from "./live-race-widget";

// Cached like the race page: see app/(public)/races/[slug]/page.tsx.
export const revalidate = 5;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface EmbedRacePageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: EmbedRacePageProps): Promise<Metadata> {
  const race = await readRace((await params).slug);
  return { title: race ? `${race.office}, ${race.seat}` : "Race not found" };
}

export default async function EmbedRacePage({ params }: EmbedRacePageProps) {
  const race = await readRace((await params).slug);
  if (!race) notFound();
  return <LiveRaceWidget initial={race} timeZone={env.DISPLAY_TIME_ZONE} />;
}

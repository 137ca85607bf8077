"use client";
// The charts' code (Recharts is most of the race page's weight) loads after the page: the numbers,
// the sentences and the tables that say the same thing arrive first, in the server's HTML.
import dynamic from "next/dynamic";

const placeholder = () => <div className="chart-placeholder" aria-hidden="true" />;

export const LazyVoteShareChart = dynamic(() => import("./vote-share-chart").then((m) => m.VoteShareChart), { ssr: false, loading: placeholder });
export const LazyMarginChart = dynamic(() => import("./margin-chart").then((m) => m.MarginChart), { ssr: false, loading: placeholder });
export const LazyUnitResultsChart = dynamic(() => import("./unit-results-chart").then((m) => m.UnitResultsChart), { ssr: false, loading: placeholder });

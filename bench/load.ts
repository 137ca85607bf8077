// Load generation with autocannon, and the figures the report keeps from each run. Any answer that
// is not a 2xx, or one of the statuses a scenario expects (a 304, a 409), counts as an error, as do
// connection errors and timeouts.
import autocannon from "autocannon";

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
}

export interface ReadScenario {
  path: string;
  headers?: Record<string, string>;
  /** Statuses that are not 2xx but are what the scenario expects. */
  expected?: number[];
}

export interface LoadSettings {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export function summarize(result: autocannon.Result, expected: readonly number[] = []): LoadFigures {
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count ?? 0]));
  const unexpected = Object.entries(statuses)
    .filter(([status]) => !status.startsWith("2") && !expected.includes(Number(status)))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + unexpected,
    statuses,
  };
}

/** Warms the route up (not counted), then measures it. */
export async function measureReads(origin: string, scenario: ReadScenario, settings: LoadSettings): Promise<LoadFigures> {
  const options = { url: origin + scenario.path, headers: scenario.headers, connections: settings.connections };
  await autocannon({ ...options, duration: settings.warmupSeconds });
  return summarize(await autocannon({ ...options, duration: settings.seconds }), scenario.expected);
}

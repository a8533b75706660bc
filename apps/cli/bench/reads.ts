// The reads the scale benchmarks time: the API's main lists and search, each `n` times, p50/p99 in ms.
import type { Store } from "@dateline/store";

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function latency(n: number, fn: (i: number) => Promise<unknown>) {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return { p50: +quantile(out, 0.5).toFixed(2), p99: +quantile(out, 0.99).toFixed(2) };
}

export async function readLatencies(reader: Store, n = 300) {
  const actors = (await reader.listActors({ limit: 50 })).items.map((a) => a.id);
  const words = ["peace", "ceasefire", "minister", "talks", "agreement", "border", "Geneva", "statement"];
  return {
    eventsFirstPage: await latency(n, () => reader.listEvents({ limit: 50 })),
    eventsByActorAndDates: await latency(n, (i) =>
      reader.listEvents({ actor: actors[i % actors.length], from: "2015", to: "2025-12", limit: 50 }),
    ),
    eventsText: await latency(n, (i) => reader.listEvents({ text: words[i % words.length], limit: 50 })),
    actorsByName: await latency(n, (i) => reader.listActors({ q: ["an", "ov", "min", "ka"][i % 4], limit: 50 })),
    search: await latency(n, (i) => reader.search(words[i % words.length]!, { limit: 20 })),
  };
}

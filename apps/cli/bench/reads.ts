// The reads the scale benchmarks time: the API's main lists and search, each `n` times: p50/p99 in ms, and this
// process's CPU per read (for PostgreSQL the server's CPU is not in it). Event lists are read as the API's
// events.list sends them (listEventsJson, the stored JSON unparsed); events.summaries, events.byId, actors.list
// and search call what their procedures call.
import type { EventType } from "@dateline/core/schema";
import type { Store } from "@dateline/store";

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function latency(n: number, fn: (i: number) => Promise<unknown>) {
  const out: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  const used = process.cpuUsage(cpu);
  return {
    p50: +quantile(out, 0.5).toFixed(2),
    p99: +quantile(out, 0.99).toFixed(2),
    cpuMs: +((used.user + used.system) / 1000 / n).toFixed(2),
  };
}

const TYPES: EventType[] = ["call", "meeting", "talks", "statement", "agreement", "visit", "decree"];
const YEARS = ["2020", "2021", "2022", "2023", "2024"];

export async function readLatencies(reader: Store, n = 300) {
  const actors = (await reader.listActors({ limit: 50 })).items.map((a) => a.id);
  const words = ["peace", "ceasefire", "minister", "talks", "agreement", "border", "Geneva", "statement"];
  // Event ids spread over the time line and the cast: a page of each actor's events.
  const eventIds: string[] = [];
  for (const actor of actors) {
    eventIds.push(...(await reader.listEventSummaries({ actor, limit: 20 })).items.map((e) => e.id));
  }
  const actorAt = (i: number) => actors[i % actors.length];
  const halfYear = (i: number) => {
    const year = YEARS[i % YEARS.length]!;
    return { from: `${year}-03`, to: `${year}-09` };
  };
  return {
    eventsFirstPage: await latency(n, () => reader.listEventsJson({ limit: 50 })),
    eventsByActorAndDates: await latency(n, (i) =>
      reader.listEventsJson({ actor: actorAt(i), from: "2015", to: "2025-12", limit: 50 }),
    ),
    eventsByActorAndHalfYear: await latency(n, (i) =>
      reader.listEventsJson({ actor: actorAt(i), ...halfYear(i), limit: 50 }),
    ),
    eventsByType: await latency(n, (i) => reader.listEventsJson({ type: TYPES[i % TYPES.length], limit: 50 })),
    eventsText: await latency(n, (i) => reader.listEventsJson({ text: words[i % words.length], limit: 50 })),
    summariesFirstPage: await latency(n, () => reader.listEventSummaries({ limit: 50 })),
    summariesByActorAndHalfYear: await latency(n, (i) =>
      reader.listEventSummaries({ actor: actorAt(i), ...halfYear(i), limit: 50 }),
    ),
    eventById: await latency(n, (i) => reader.getEvent(eventIds[(i * 7919) % eventIds.length]!)),
    actorsByName: await latency(n, (i) => reader.listActors({ q: ["an", "ov", "min", "ka"][i % 4], limit: 50 })),
    search: await latency(n, (i) => reader.search(words[i % words.length]!, { limit: 20 })),
  };
}

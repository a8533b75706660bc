// CPU profiling for the bench: record a V8 profile of a callback, save it, and sum self time by function.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Runs `work` under the V8 sampling profiler and writes the .cpuprofile (for Chrome DevTools or speedscope). */
export async function profile(path: string, work: () => void): Promise<Profile> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  // 100 µs between samples: fine enough for functions that take a few µs an article.
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  work();
  const { profile } = (await session.post("Profiler.stop")) as { profile: Profile };
  session.disconnect();
  writeFileSync(path, JSON.stringify(profile));
  return profile;
}

/** A source location short enough to read: the path from packages/ or node_modules/ on. */
const shortUrl = (url: string) => url.replace(/^.*?\/(packages|node_modules)\//, "$1/").replace(/\?.*$/, "");

/** The functions (and files) that spent the most self time, as lines of text: ms and share of the total. */
export function topSelfTime(p: Profile, count = 25): string[] {
  const ms = new Map<number, number>();
  for (const [i, id] of p.samples.entries()) ms.set(id, (ms.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of p.nodes) {
    // The inspector's own message dispatch (Profiler.stop) and idle time are not the bench's work.
    if (!node.callFrame.url && ["dispatch", "(idle)", "(root)"].includes(node.callFrame.functionName)) continue;
    const t = ms.get(node.id) ?? 0;
    total += t;
    const file = shortUrl(node.callFrame.url) || `(${node.callFrame.functionName || "native"})`;
    const fn = `${node.callFrame.functionName || "(anonymous)"} ${file}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, t]) => `  ${t.toFixed(0).padStart(7)} ms ${((t / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  return ["self time by function:", ...rows(byFunction), "self time by file:", ...rows(byFile)];
}

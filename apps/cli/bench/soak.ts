// Soak: the real `dateline serve` under mixed reads, curation writes and an ingest mid-run (USAGE).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { benchArgs } from "../../../scripts/bench-args";

const USAGE = `Usage: tsx bench/soak.ts [seconds=60] [rate=500]
Soak: the real \`dateline serve\` over the seed KB under RATE mixed reads/s for SECONDS, with a curation write
every second and an ingest mid-run; prints requests, errors, p99, RSS over the run (a sample every tenth of it),
and what readers saw during the ingest. Asserts nothing.
Example: tsx bench/soak.ts 30 200`;
const cli = benchArgs(USAGE, { allowPositionals: true }, 2);
const seconds = cli.number(cli.positionals[0] ?? "60", "seconds");
const rate = cli.number(cli.positionals[1] ?? "500", "rate");
const CLI = fileURLToPath(new URL("../bin/dateline.mjs", import.meta.url));
const SEEDS = fileURLToPath(new URL("../../../data/articles", import.meta.url));
const TOKEN = "soak-token-0123456789abcdef";
const work = mkdtempSync(join(tmpdir(), "dateline-soak-"));
const db = join(work, "kb.db");
const curation = join(work, "curation");
mkdirSync(curation);
const env = { ...process.env, NO_COLOR: "1", DATELINE_DB: "", LOG_LEVEL: "warn" };

/** Resident set size of a process in MB, from /proc (Linux). */
const rssMb = (pid: number) => {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return kb ? (Number(kb) / 1024).toFixed(0) : "?";
};
/** CPU seconds (user + system) from a /proc stat file: of the whole process, or of one thread under task/. */
const cpuSeconds = (statFile: string) => {
  const fields = readFileSync(statFile, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const trpc = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

try {
  const built = spawnSync(process.execPath, [CLI, "ingest", SEEDS, "--db", db, "--curation", curation], { env });
  if (built.status !== 0) throw new Error(`seed ingest failed: ${built.stderr}`);

  const child = spawn(process.execPath, [CLI, "serve", "--db", db, "--port", "0", "--curation", curation], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...env, DATELINE_TOKEN: TOKEN },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`serve exited (${code}): ${out}`)));
  });
  // One warm-up pass so the first curation write's extractor load is not counted as the steady state.
  const initial = (await (await fetch(`${url}/api/stats`)).json()) as Record<string, number>;
  const rssStart = rssMb(child.pid!);

  // A curation write every second: an alias for the most mentioned actor, each one new.
  const actor = ((await (await fetch(`${url}/api/actors?limit=1`)).json()) as { items: { id: string }[] }).items[0]!.id;
  const writes = { ok: 0, failed: 0, ms: [] as number[] };
  let n = 0;
  const writer = setInterval(async () => {
    const t0 = performance.now();
    const op = { op: "add-alias", actor: { id: actor }, alias: `Soak alias ${++n}`, reason: "soak" };
    const res = await fetch(`${url}/trpc/curation.add`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ op }),
    }).catch(() => null);
    writes.ms.push(performance.now() - t0);
    if (res?.ok) writes.ok++;
    else writes.failed++;
    await res?.text();
  }, 1000);

  // Readers during an ingest: stats must be the KB before or after it, never a third thing.
  const seen = new Map<string, number>();
  let readers = true;
  const reader = (async () => {
    while (readers) {
      const s = (await (await fetch(`${url}/api/stats`)).json()) as Record<string, number>;
      const key = `${s.articles} articles, ${s.events} events, ${s.actors} actors`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const ingestAt = (seconds * 1000) / 3;
  let ingest = "not run";
  let ingestDone: Promise<void> = Promise.resolve();
  setTimeout(() => {
    const extra = join(work, "extra.txt");
    writeFileSync(
      extra,
      "Ministers meet in Oslo\n\nOSLO — The foreign ministers of Norway and Sweden met in Oslo on Friday, officials said.\n",
    );
    const t0 = performance.now();
    const p = spawn(process.execPath, [CLI, "ingest", extra, "--db", db, "--curation", curation], { env });
    ingestDone = new Promise((resolve) =>
      p.once("exit", (code) => {
        ingest = `exit ${code} in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
        resolve();
      }),
    );
  }, ingestAt);

  // The main thread (its tid is the pid) answers reads; curation writes run on a thread of their own.
  const cpu = () => ({
    all: cpuSeconds(`/proc/${child.pid}/stat`),
    main: cpuSeconds(`/proc/${child.pid}/task/${child.pid}/stat`),
  });
  const cpu0 = cpu();
  // RSS through the run: a warm-up rise (the curation thread starts and loads the extractor on the first write,
  // caches fill) then a plateau is flat; a leak keeps climbing to the last sample.
  const rssSamples: string[] = [];
  const sampler = setInterval(() => rssSamples.push(rssMb(child.pid!)), (seconds * 1000) / 10);
  const result = await autocannon({
    url,
    connections: 20,
    overallRate: rate,
    duration: seconds,
    requests: [
      { path: trpc("events.list", { limit: 20 }) },
      { path: trpc("actors.list", { q: "a", limit: 20 }) },
      { path: trpc("search.query", { q: "minister", limit: 20 }) },
      { path: "/api/articles?limit=5" },
      { path: "/api/conflicts" },
      { path: "/api/stats" },
    ],
  });
  const cpu1 = cpu();
  clearInterval(writer);
  clearInterval(sampler);
  // On a loaded machine the ingest can outlast the load: the final count is only meaningful once it exited.
  await ingestDone;
  readers = false;
  await reader;
  const rssEnd = rssMb(child.pid!);
  const final = (await (await fetch(`${url}/api/stats`)).json()) as Record<string, number>;
  const p99w = [...writes.ms].sort((a, b) => a - b)[Math.floor(writes.ms.length * 0.99)] ?? 0;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

  console.log(`soak: ${seconds} s at ${rate} req/s target, 20 connections, dateline serve over the seed KB`);
  console.log(`reads: ${result.requests.total} requests (${result.requests.average}/s average)`);
  console.log(
    `errors: ${result.errors} socket errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`,
  );
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  const perRead = (s: number) => ((s * 1000) / Math.max(1, result.requests.total)).toFixed(2);
  console.log(
    `server CPU: ${(cpu1.main - cpu0.main).toFixed(1)} s on the main thread (${perRead(cpu1.main - cpu0.main)} ms a read), ${(cpu1.all - cpu0.all).toFixed(1)} s in all (${perRead(cpu1.all - cpu0.all)} ms a read, writes included)`,
  );
  console.log(`curation writes: ${writes.ok} ok, ${writes.failed} failed, p99 ${p99w.toFixed(0)} ms`);
  console.log(`RSS of dateline serve: ${rssStart} MB at start, ${rssEnd} MB at end`);
  console.log(`RSS every ${seconds / 10} s (MB): ${rssSamples.join(" → ")}`);
  console.log(
    `ingest during the soak: ${ingest}; KB ${initial.articles} → ${final.articles} articles (the ingest's article ${final.articles === (initial.articles ?? 0) + 1 ? "kept" : "LOST"})`,
  );
  console.log("stats seen by readers (each must be the KB before or after the ingest):");
  for (const [key, count] of seen) console.log(`  ${key}: ${count} reads`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

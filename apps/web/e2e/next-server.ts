// Builds the app once (into its own dist folder) and starts `next start` on a free port against a given KB.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const WEB_DIR = fileURLToPath(new URL("..", import.meta.url));
const NEXT_BIN = fileURLToPath(import.meta.resolve("next/dist/bin/next"));
export const TEST_DIST_DIR = ".next-test";

const baseEnv = (extra: Record<string, string>) => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATELINE_WEB_DIST_DIR: TEST_DIST_DIR,
  ...extra,
});

/** `next build`; returns its output, which lists the routes and their first-load JS. */
export function buildApp(distDir = TEST_DIST_DIR): string {
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: WEB_DIR,
    env: baseEnv({ DATELINE_WEB_DIST_DIR: distDir }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`next build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface RunningApp {
  url: string;
  /** The server's process id (for reading its CPU time). */
  pid: number;
  /** What the server has printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** `next start` on a free port; resolves once it answers HTTP. */
export async function startApp(env: Record<string, string>, distDir = TEST_DIST_DIR): Promise<RunningApp> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: WEB_DIR,
    env: baseEnv({ ...env, DATELINE_WEB_DIST_DIR: distDir }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${output}`);
    try {
      await fetch(`${url}/ingest`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`next start did not answer in 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

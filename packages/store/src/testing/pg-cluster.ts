// A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temp dir, a free port, torn down after.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface PgCluster {
  /** A URL for `database` on the cluster (created by createDatabase, or "postgres"). */
  url(database?: string): string;
  /** A new empty database; returns its URL. */
  createDatabase(): Promise<string>;
  stop(): void;
}

const BIN_DIRS = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPgBin(): string | null {
  const onPath = (() => {
    try {
      return execFileSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  })();
  for (const dir of BIN_DIRS) if (existsSync(join(dir, "pg_ctl"))) return dir;
  return onPath ? join(onPath, "..") : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * initdb refuses to run as root, so as root the cluster belongs to the `postgres` user (runuser); fsync is off
 * because the data is thrown away.
 */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error("PostgreSQL is not installed (no initdb): apt-get install postgresql");
  const dir = mkdtempSync(join(tmpdir(), "dateline-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const cmd = asRoot ? "runuser" : join(bin, tool);
    const argv = asRoot ? ["-u", "postgres", "--", join(bin, tool), ...args] : args;
    execFileSync(cmd, argv, { stdio: ["ignore", "ignore", "pipe"] });
  };
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), -1);
  const data = join(dir, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-U", "dateline", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  run("pg_ctl", ["-D", data, "-o", opts, "-l", join(dir, "log"), "-w", "start"]);
  const url = (database = "postgres") => `postgres://dateline@127.0.0.1:${port}/${database}`;
  let n = 0;
  return {
    url,
    async createDatabase() {
      const name = `dl_${process.pid}_${++n}`;
      const admin = new pg.Client({ connectionString: url() });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

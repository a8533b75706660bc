// The test limits every package shares. The suite runs real databases, workers and servers on a shared 2-core
// machine, two packages at a time: vitest's 5 s default turned a slow moment into a failure. These limits only catch
// hangs; speed is measured by the benchmarks, never by timeouts.
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 120_000 } });

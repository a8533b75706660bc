// The CLI's tests start the real program in child processes over real databases: allow for a loaded machine.
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { testTimeout: 180_000, hookTimeout: 300_000 } });

// The TUI's tests render a real app over a real database: allow for a loaded machine.
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 120_000 } });

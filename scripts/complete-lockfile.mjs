#!/usr/bin/env node
// The npm registry mirror this project builds against serves only some platforms' binary packages (no android,
// darwin, win32 or musl builds of biome and turbo), so npm leaves those optional dependencies out of
// package-lock.json — and then `npm ci` refuses the lock as out of sync. This adds the missing optional entries,
// marked with the os/cpu their names state, so `npm ci` skips them on Linux exactly as it would with a full lock.
// Run it after `npm install` changes the lock: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const OS = {
  android: "android",
  darwin: "darwin",
  win32: "win32",
  windows: "win32",
  linux: "linux",
  freebsd: "freebsd",
};
const CPU = { arm64: "arm64", x64: "x64", 64: "x64", ia32: "ia32", arm: "arm" };

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.map((p) => CPU[p]).find(Boolean);
  return {
    ...(os ? { os: [os] } : {}),
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(parts.includes("musl") ? { libc: ["musl"] } : {}),
  };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const prefix = path === "" ? "" : `${path}/`;
    if (lock.packages[`${prefix}node_modules/${dep}`] || lock.packages[`node_modules/${dep}`]) continue;
    if (!/^\d+\.\d+\.\d+/.test(version)) continue; // only exact pins are the platform-binary pattern
    lock.packages[`node_modules/${dep}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platformOf(dep),
    };
    added++;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} missing optional platform entries added`);

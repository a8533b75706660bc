#!/usr/bin/env node
// Adds up the vitest JSON reports of every workspace into one closing line: "Tests: N passed, N failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const dirs = pkg.workspaces.flatMap((pattern) => {
  const base = pattern.replace(/\/\*$/, "");
  const full = join(root, base);
  if (!existsSync(full)) return [];
  return readdirSync(full).map((name) => join(full, name));
});

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
const failures = [];
for (const dir of dirs) {
  if (!existsSync(join(dir, "package.json"))) continue;
  const report = join(dir, ".vitest", "report.json");
  if (!existsSync(report)) {
    missing.push(dir.slice(root.length));
    continue;
  }
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  for (const file of r.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== "failed") continue;
      const where = file.name.startsWith(root) ? file.name.slice(root.length) : file.name;
      const message = (test.failureMessages ?? []).join("\n").split("\n").slice(0, 12).join("\n    ");
      failures.push(`FAILED ${where} > ${test.fullName}\n    ${message}`);
    }
  }
}
// CI logs are often cut to their tail, so the failures are repeated here, last, where they are seen.
for (const failure of failures) console.log(failure);
if (missing.length) console.log(`(no test report from: ${missing.join(", ")})`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;

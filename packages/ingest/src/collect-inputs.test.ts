import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectInputs } from "./collect-inputs";

describe("collectInputs", () => {
  const root = mkdtempSync(join(tmpdir(), "dateline-collect-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "b", "nested"), { recursive: true });
  writeFileSync(join(root, "b", "nested", "z.md"), "# z");
  writeFileSync(join(root, "a.txt"), "a");
  writeFileSync(join(root, "c.HTML"), "<p>c</p>");
  writeFileSync(join(root, "notes.pdf"), "%PDF");
  writeFileSync(join(root, ".hidden.txt"), "h");
  symlinkSync(root, join(root, "b", "loop"));
  symlinkSync(join(root, "missing.txt"), join(root, "dangling.txt"));

  it("walks folders in a stable order, following a symlink loop only once", async () => {
    const { files, skipped } = await collectInputs([root]);
    expect(files.map((f) => f.source.split("/").slice(-2).join("/"))).toEqual([
      expect.stringMatching(/a\.txt$/),
      "nested/z.md",
      expect.stringMatching(/c\.HTML$/),
    ]);
    const reasons = skipped.map((s) => `${s.source.split("/").pop()}: ${s.reason}`);
    expect(reasons).toContain("loop: folder already visited (a symlink loop)");
    expect(reasons).toContain("dangling.txt: no such file or folder");
    expect(reasons.some((r) => r.startsWith("notes.pdf: unsupported file type '.pdf'"))).toBe(true);
    expect(reasons.some((r) => r.includes("hidden"))).toBe(false);
  });

  it("names a target that does not exist, and takes a single file whatever its extension", async () => {
    const { files, skipped } = await collectInputs([join(root, "nope"), join(root, "notes.pdf")]);
    expect(skipped).toEqual([{ source: join(root, "nope"), reason: "no such file or folder" }]);
    expect(files).toHaveLength(1);
    expect(new TextDecoder().decode(await files[0]!.read())).toBe("%PDF");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderJsonSchemas } from "./json-schema";

describe("packages/core/schema/*.json", () => {
  for (const { file, json } of renderJsonSchemas()) {
    it(`${file} is current (run 'npm run schema -w @dateline/core' after changing the zod schemas)`, () => {
      const onDisk = readFileSync(new URL(`../schema/${file}`, import.meta.url), "utf8");
      expect(onDisk).toBe(json);
    });
  }

  it("describes the knowledge base with its required top-level fields", () => {
    const kb = JSON.parse(renderJsonSchemas().find((s) => s.file === "knowledge-base.json")!.json);
    expect(kb.required).toEqual(expect.arrayContaining(["articles", "actors", "events", "conflicts"]));
  });
});

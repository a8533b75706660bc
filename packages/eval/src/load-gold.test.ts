// Tests of the gold loader: defaults filled, and every bad file named with its field or line.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { GoldFileError, loadGoldDir } from "./load-gold";

const goodArticle = `article: x1
title: null
outlet: null
author: null
published: "2023-11-28"
dateline: null
actors:
  - name: Antony Blinken
    kind: person
places: []
events:
  - key: call
    type: call
    date: "2023-11-27"
    participants: ["Antony Blinken"]
    evidence: "telephoned"
quotes: []
`;

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dateline-gold-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe("loadGoldDir", () => {
  it("reads article files with the schema's defaults, corpus.yaml apart, and ignores other files", () => {
    const dir = dirWith({
      "x1.yaml": goodArticle,
      "corpus.yaml": "conflicts: []\n",
      "README.md": "# not gold",
    });
    const { articles, corpus } = loadGoldDir(dir);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.events[0]).toMatchObject({ status: "occurred", background: false, place: null });
    expect(articles[0]?.figures).toEqual([]);
    expect(corpus).toEqual({ conflicts: [] });
  });

  it("takes corpus.yml for corpus.yaml", () => {
    expect(loadGoldDir(dirWith({ "corpus.yml": "conflicts: []\n" })).corpus).toEqual({ conflicts: [] });
  });

  it("gives a null corpus when the folder has no corpus.yaml", () => {
    expect(loadGoldDir(dirWith({ "x1.yaml": goodArticle })).corpus).toBeNull();
  });

  it("names the file and the field path of an invalid value", () => {
    const dir = dirWith({
      "x1.yaml": goodArticle
        .replace('date: "2023-11-27"', 'date: "27/11/2023"')
        .replace("type: call", "type: phonecall"),
    });
    let error: unknown;
    try {
      loadGoldDir(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GoldFileError);
    const message = (error as Error).message;
    expect(message).toContain(join(dir, "x1.yaml"));
    expect(message).toContain("events[0].date");
    expect(message).toContain("events[0].type");
    expect(message).toContain("expected YYYY-MM-DD");
  });

  it("names the file and the stray field of a misspelt key", () => {
    const dir = dirWith({ "x1.yaml": goodArticle.replace("    kind: person", "    kind: person\n    role: x") });
    expect(() => loadGoldDir(dir)).toThrow(/x1\.yaml: actors\[0\].*role/);
  });

  it("names the file and line of broken YAML", () => {
    const dir = dirWith({ "x1.yaml": `${goodArticle}quotes: [unclosed\n` });
    expect(() => loadGoldDir(dir)).toThrow(/x1\.yaml: not valid YAML.*line/s);
  });

  it("refuses a file whose name is not its article id", () => {
    const dir = dirWith({ "x2.yaml": goodArticle });
    expect(() => loadGoldDir(dir)).toThrow(/x2\.yaml: article: 'x1' does not match the file name 'x2'/);
  });

  it("checks corpus.yaml with the corpus schema", () => {
    const dir = dirWith({ "corpus.yaml": "conflicts:\n  - event: call\n    field: colour\n    variants: []\n" });
    expect(() => loadGoldDir(dir)).toThrow(/corpus\.yaml: conflicts\[0\]\.field.*conflicts\[0\]\.variants/);
  });

  it("names a folder that does not exist", () => {
    const missing = join(dirWith({}), "nowhere");
    expect(() => loadGoldDir(missing)).toThrow(`${missing}: cannot read the gold folder (ENOENT)`);
  });
});

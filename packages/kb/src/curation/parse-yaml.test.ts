import { describe, expect, it } from "vitest";
import { CurationFileError, parseCurationYaml } from "./parse-yaml";

const errorOf = (text: string): CurationFileError => {
  try {
    parseCurationYaml(text, "data/curation/fix.yaml");
  } catch (error) {
    if (error instanceof CurationFileError) return error;
    throw error;
  }
  throw new Error("expected a CurationFileError");
};

describe("parseCurationYaml", () => {
  it("reads valid ops and names the unnamed ones after file and index", () => {
    const ops = parseCurationYaml(
      [
        "ops:",
        "  - op: add-alias",
        "    actor: { id: nikol-pashinyan }",
        "    alias: Pashinian",
        "    reason: transliteration",
        "  - id: call-day",
        "    op: set-event-date",
        "    event: { article: 004_rferl, exact: telephoned }",
        "    date: 2023-11-27",
        "    reason: RFE/RL published on 28 Nov",
      ].join("\n"),
      "fix.yaml",
    );
    expect(ops.map((o) => [o.id, o.op])).toEqual([
      ["fix.yaml#0", "add-alias"],
      ["call-day", "set-event-date"],
    ]);
    // The core schema keeps dates as strings: 2023-11-27 must not become a Date.
    expect(ops[1]).toMatchObject({ date: "2023-11-27" });
  });

  it("treats an empty file as no ops", () => {
    expect(parseCurationYaml("", "empty.yaml")).toEqual([]);
    expect(parseCurationYaml("ops: []\n", "empty.yaml")).toEqual([]);
  });

  it("names file, line and field for an unknown op", () => {
    const e = errorOf("ops:\n  - op: rename-everything\n    reason: x\n");
    expect(e.message).toMatch(/^data\/curation\/fix\.yaml:2: ops\[0\]\.op: /);
    expect(e.message).toContain("Expected 'merge-actors' | 'split-actor'");
  });

  it("names the op whose reason is missing", () => {
    const e = errorOf("ops:\n  - op: add-alias\n    actor: { id: x }\n    alias: y\n");
    expect(e.message).toContain("data/curation/fix.yaml:2: ops[0].reason:");
    expect(e.message).toMatch(/expected string/);
    expect(e.problems).toEqual([expect.objectContaining({ line: 2, path: "ops[0].reason" })]);
  });

  it("reports wrong types with what was expected", () => {
    const e = errorOf(
      "ops:\n  - op: set-actor-kind\n    actor: { id: x }\n    kind: planet\n    reason: r\n  - op: merge-actors\n    into: { id: a }\n    from: b\n    reason: r\n",
    );
    expect(e.message).toContain("fix.yaml:4: ops[0].kind:");
    expect(e.message).toContain('"person"');
    expect(e.message).toContain("fix.yaml:8: ops[1].from:");
    expect(e.message).toMatch(/expected array/);
  });

  it("refuses a stray field, naming it", () => {
    const e = errorOf(
      "ops:\n  - op: set-actor-kind\n    actor: { id: x }\n    kind: person\n    reason: r\n    colour: red\n",
    );
    expect(e.message).toContain("colour");
    expect(e.message).toContain("fix.yaml:2: ops[0]");
  });

  it("refuses custom tags such as !!js/function instead of running or stringifying them", () => {
    const e = errorOf("ops:\n  - op: add-alias\n    actor: !!js/function 'function () { return 1 }'\n");
    expect(e.message).toContain("fix.yaml:3:");
    expect(e.message).toContain("Unresolved tag");
  });

  it("stops an alias bomb before expanding it", () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "ops: [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    ].join("\n");
    const e = errorOf(bomb);
    expect(e.message).toContain("data/curation/fix.yaml");
    expect(e.message).toContain("resource exhaustion");
  });

  it("refuses duplicate keys and broken syntax with the line", () => {
    expect(errorOf("ops: []\nops: []\n").message).toMatch(/fix\.yaml:2: Map keys must be unique/);
    expect(errorOf("ops:\n  - op: [\n").message).toMatch(/fix\.yaml:\d+: .*\(BAD_INDENT\)/);
  });

  it("says which forms a target may take", () => {
    const e = errorOf("ops:\n  - op: add-alias\n    actor: { name: x }\n    alias: y\n    reason: r\n");
    expect(e.message).toContain("fix.yaml:3: ops[0].actor: Invalid input: expected { id } or { article, exact }");
  });

  it("refuses a document that is not a mapping of ops", () => {
    expect(errorOf("- op: add-alias\n").message).toMatch(/fix\.yaml:1: .*expected object/);
  });
});

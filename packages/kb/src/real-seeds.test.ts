// The five real seed articles through the real extractor: the linking the whole system is judged on.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { KnowledgeBaseSchema } from "@dateline/core/schema";
import { extractArticle } from "@dateline/extract";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "./build-knowledge-base";
import { parseCurationYaml } from "./curation/parse-yaml";

const dir = fileURLToPath(new URL("../../../data/articles/", import.meta.url));
const curationDir = fileURLToPath(new URL("../../../data/curation/", import.meta.url));

describe("the seed corpus, extracted and linked", { timeout: 120_000 }, () => {
  const extractions = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => extractArticle({ path: `data/articles/${f}`, content: readFileSync(`${dir}${f}`) }));
  const kb = buildKnowledgeBase(extractions);

  it("applies every reviewed correction of data/curation: none is left matching nothing by a change of the rules", () => {
    const curation = readdirSync(curationDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => ({ file: f, ops: parseCurationYaml(readFileSync(`${curationDir}${f}`, "utf8"), f) }));
    const curated = buildKnowledgeBase(extractions, curation);
    const stale = curated.curation.filter((c) => c.status !== "applied").map((c) => `${c.opId}: ${c.message}`);
    expect(stale).toEqual([]);
    expect(curated.curation.length).toBe(curation.flatMap((c) => c.ops).length);
  });

  it("is a valid knowledge base", () => {
    const r = KnowledgeBaseSchema.safeParse(kb);
    expect(r.success ? "" : r.error.message).toBe("");
  });

  it("has one Antony Blinken and one Nikol Pashinyan, whatever the spelling", () => {
    expect(kb.actors.filter((a) => a.name === "Antony Blinken")).toHaveLength(1);
    const pashinyan = kb.actors.filter((a) => /^Nikol Pashin/.test(a.name));
    expect(pashinyan.map((a) => a.id)).toEqual(["nikol-pashinyan"]);
    expect(pashinyan[0]!.aliases.map((a) => a.name)).toContain("Nikol Pashinian");
  });

  it("links the Blinken–Aliyev call of four articles, dated Monday 27 Nov with Tuesday as a conflict", () => {
    const calls = kb.events.filter(
      (e) =>
        e.type === "call" &&
        e.participants.some((p) => p.actorId === "antony-blinken") &&
        e.participants.some((p) => p.actorId === "ilham-aliyev"),
    );
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.date?.value).toBe("2023-11-27");
    expect(new Set(call.reports.map((r) => r.articleId)).size).toBeGreaterThanOrEqual(3);
    const conflict = kb.conflicts.find((c) => c.eventId === call.id && c.field === "date");
    expect(conflict?.variants.map((v) => v.value)).toEqual(["Mon 27 Nov 2023", "Tue 28 Nov 2023"]);
    expect(conflict?.variants[1]?.articles).toEqual(["001_43075a82e50bc56c"]);
  });

  it("is byte-identical when built again from the articles in another order", () => {
    const shuffled = [3, 0, 4, 2, 1].map((i) => extractions[i]!);
    expect(JSON.stringify(buildKnowledgeBase(shuffled))).toBe(JSON.stringify(kb));
  });
});

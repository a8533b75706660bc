import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ArticleExtraction, ArticleExtractionSchema, type ExtractedEvent } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { InputError } from "../parse/index";
import { extractArticle } from "./extract-article";

const dir = join(import.meta.dirname, "../../../../data/articles");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const run = (file: string) => extractArticle({ path: file, content: readFileSync(join(dir, file)) });
const results = new Map<string, ArticleExtraction>(files.map((f) => [f.slice(0, 3), run(f)]));
const seed = (prefix: string) => results.get(prefix)!;

const role = (e: ExtractedEvent, r: string) =>
  e.participants
    .filter((p) => p.role === r)
    .map((p) => p.actorId)
    .sort();
const calls = (x: ArticleExtraction) => x.events.filter((e) => e.type === "call" && !e.background);

describe("extractArticle over the seed corpus", () => {
  it("ties each exodus figure to the displacement it counts, not to another event of its sentence", () => {
    for (const prefix of ["001", "004"]) {
      const x = seed(prefix);
      const figure = x.figures.find((f) => f.value === 100_000)!;
      expect(x.events.find((e) => e.id === figure.eventId)?.type).toBe("displacement");
    }
  });

  it("places a statement where it was made, never where what it says happened", () => {
    const statement = seed("000").events.find((e) => e.type === "statement" && e.evidence[0]!.exact.includes("OSCE"))!;
    expect(statement.placeId).not.toBe("nagorno-karabakh");
  });

  it("gives a valid extraction for every seed, every evidence pointing at its words", () => {
    expect(files).toHaveLength(5);
    for (const x of results.values()) {
      expect(() => ArticleExtractionSchema.parse(x)).not.toThrow();
      const spans = [
        ...x.events.flatMap((e) => [
          ...e.evidence,
          ...e.framing.map((f) => f.evidence),
          ...(e.when ? [e.when.evidence] : []),
        ]),
        ...x.quotes.map((q) => q.evidence),
        ...x.figures.map((f) => f.evidence),
        ...x.dates.map((d) => d.evidence),
      ];
      for (const ev of spans) expect(x.article.text.slice(ev.start, ev.end)).toBe(ev.exact);
      expect(x.events.map((e) => e.id)).toEqual(x.events.map((_, i) => `${x.articleId}#e${i + 1}`));
    }
  });

  it("002: two separate calls on Monday 27 Nov, Blinken with Aliyev and with Pashinyan", () => {
    const found = calls(seed("002"));
    expect(found).toHaveLength(2);
    for (const e of found) {
      expect(e.date?.value).toBe("2023-11-27");
      expect(e.when?.weekday).toBe("Monday");
      expect(role(e, "agent")).toEqual(["antony-blinken"]);
    }
    expect(found.map((e) => role(e, "counterpart")).sort()).toEqual([["ilham-aliyev"], ["nikol-pashinyan"]]);
    expect(found.map((e) => e.title).sort()).toEqual(["Blinken–Aliyev call", "Blinken–Pashinyan call"]);
  });

  it("001: the calls are dated Tuesday 28 Nov, as that article says", () => {
    const found = calls(seed("001"));
    expect(found.length).toBeGreaterThanOrEqual(2);
    const aliyev = found.find((e) => role(e, "counterpart").includes("ilham-aliyev"));
    expect(aliyev).toBeDefined();
    expect(aliyev?.date?.value ?? null).toBe("2023-11-28");
  });

  it("004: undated article, so the Monday calls keep their weekday but no date", () => {
    const found = calls(seed("004"));
    expect(found).toHaveLength(2);
    for (const e of found) {
      expect(e.date).toBeNull();
      expect(e.when?.weekday).toBe("Monday");
      expect(e.when?.text).toContain("Monday");
    }
  });

  it("000: the September operation carries Baku's 'local anti-terrorist measures' and Yerevan's 'aggression'", () => {
    const op = seed("000").events.find((e) => e.framing.some((f) => f.term === "local anti-terrorist measures"));
    expect(op?.type).toBe("military-operation");
    const baku = op?.framing.find((f) => f.term === "local anti-terrorist measures");
    expect(baku?.by).toBe("azerbaijan");
    expect(op?.framing.find((f) => f.term.includes("aggression"))?.by).toBe("armenia");
  });

  it("002: the article's own head noun frames the operation, with no owner", () => {
    const op = seed("002").events.find((e) => e.framing.some((f) => f.term === "anti-terrorism operation"));
    expect(op?.type).toBe("military-operation");
    expect(op?.framing.find((f) => f.term === "anti-terrorism operation")?.by).toBeNull();
  });

  it("003: the ceasefire is 15 September of an unknown year", () => {
    const ceasefire = seed("003").events.find((e) => e.type === "ceasefire");
    expect(ceasefire?.date?.value).toBe("--09-15");
    expect(ceasefire?.status).toBe("occurred");
  });

  it("004: the cancelled meeting scheduled for 20 November is cancelled, the promised visit planned", () => {
    const x = seed("004");
    const meeting = x.events.find((e) => e.type === "meeting" && e.status === "cancelled");
    expect(meeting?.date?.value).toBe("--11-20");
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.status).toBe("planned");
    expect(visit?.date?.value).toBe("--12");
  });

  it("links quotes to the event of their sentence where there is one", () => {
    const x = seed("004");
    const ids = new Set(x.events.map((e) => e.id));
    for (const q of x.quotes) if (q.eventId !== null) expect(ids.has(q.eventId)).toBe(true);
    expect(x.quotes.some((q) => q.eventId !== null)).toBe(true);
  });

  it("is deterministic: two runs give byte-identical output", () => {
    for (const f of files) expect(JSON.stringify(run(f))).toBe(JSON.stringify(results.get(f.slice(0, 3))));
  });
});

describe("extractArticle on bad or odd input", () => {
  const text = readFileSync(join(dir, files[2]!), "utf8");
  const attempt = (content: Uint8Array | string, path = "odd.txt") => {
    try {
      return extractArticle({ path, content });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return null;
    }
  };

  it("refuses empty and binary input with an InputError", () => {
    expect(() => extractArticle({ path: "empty.txt", content: "" })).toThrow(InputError);
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(() => extractArticle({ path: "x.bin", content: binary })).toThrow(InputError);
  });

  it("reads CRLF and a BOM like the plain text, offsets still exact", () => {
    const crlf = attempt(`\uFEFF${text.replace(/\n/g, "\r\n")}`);
    expect(crlf).not.toBeNull();
    expect(crlf!.events.filter((e) => e.type === "call")).toHaveLength(2);
    for (const e of crlf!.events)
      for (const ev of e.evidence) expect(crlf!.article.text.slice(ev.start, ev.end)).toBe(ev.exact);
  });

  it("never crashes on another language or a 20 MB file", () => {
    const french = attempt("Le président a rencontré son homologue lundi à Paris pour discuter de la paix.\n");
    if (french) expect(() => ArticleExtractionSchema.parse(french)).not.toThrow();
    const huge = Buffer.from(text.repeat(Math.ceil((20 * 1024 * 1024) / text.length)));
    expect(attempt(huge, "huge.txt")).toBeNull();
  });
});

// The five seed articles: metadata, evidence, missing reasons and body ranges read from the real texts.
import { readFileSync } from "node:fs";
import { ArticleSchema } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./index";

const dir = new URL("../../../../data/articles/", import.meta.url);

function parseSeed(name: string) {
  const content = readFileSync(new URL(name, dir));
  return parseArticle({ path: `data/articles/${name}`, content });
}

const bodyText = (p: ReturnType<typeof parseSeed>) => p.body.map((r) => p.article.text.slice(r.start, r.end));

describe("seed 000 (Iran Front Page): title, outlet line, date line", () => {
  const p = parseSeed("000_7b3951009b3ee7ad.txt");
  const a = p.article;

  it("reads title, outlet and a day-precision date with their words", () => {
    expect(a.title).toBe("US top diplomat discusses possibility of peace treaty with Armenia, Azerbaijan leaders");
    expect(a.outlet).toBe("Iran Front Page");
    expect(a.published).toMatchObject({ value: "2023-11-28", precision: "day" });
    expect(a.metaEvidence.published?.exact).toBe("Nov 28 2023");
    expect(a.metaEvidence.outlet?.exact).toBe("Iran Front Page");
  });

  it("explains what it did not find", () => {
    expect(a.author).toBeNull();
    expect(a.missing.author).toMatch(/byline/);
    expect(a.updated).toBeNull();
    expect(a.dateline).toBeNull();
    expect(a.missing.dateline).toMatch(/dateline/);
  });

  it("starts the body at the first paragraph, without the header lines", () => {
    const paras = bodyText(p);
    expect(paras[0]).toMatch(/^US Secretary of State Antony Blinken has discussed/);
    expect(paras).toHaveLength(8);
    expect(paras.some((t) => t.includes("Iran Front Page") || t === "Nov 28 2023")).toBe(false);
  });
});

describe("seed 001: weekday date line, share buttons, BAKU dateline", () => {
  const p = parseSeed("001_43075a82e50bc56c.txt");
  const a = p.article;

  it("reads the weekday date line and the dateline", () => {
    expect(a.title).toBe("US Secretary of State Discusses Peace Talks with Armenia and Azerbaijan Leaders");
    expect(a.published?.value).toBe("2023-11-28");
    expect(a.metaEvidence.published?.exact).toBe("Tue Nov 28 2023");
    expect(a.dateline).toBe("BAKU");
    expect(a.warnings).toEqual([]);
  });

  it("names no outlet it cannot see, and says why", () => {
    expect(a.outlet).toBeNull();
    expect(a.missing.outlet).toMatch(/no outlet/);
  });

  it("keeps the dateline in the body but drops the share-button debris", () => {
    const paras = bodyText(p);
    expect(paras[0]).toMatch(/^BAKU: US Secretary of State/);
    expect(paras.some((t) => t.includes("icon-facebook"))).toBe(false);
    expect(paras.at(-1)).toMatch(/^In a separate call, Blinken engaged/);
  });
});

describe("seed 002 (Anadolu Agency): section, subtitle, byline with dates, photo credit, footer", () => {
  const p = parseSeed("002_6d7d1cf8512395d2.txt");
  const a = p.article;

  it("reads author, published and updated from the byline line, day-first", () => {
    expect(a.author).toBe("Rabia Iclal Turan");
    expect(a.published?.value).toBe("2023-11-28");
    expect(a.updated?.value).toBe("2023-11-29");
    expect(a.metaEvidence.updated?.exact).toBe("29.11.2023");
  });

  it("takes the outlet from the footer credit line, with its words", () => {
    expect(a.outlet).toBe("Anadolu Agency");
    const ev = a.metaEvidence.outlet!;
    expect(ev.exact).toBe("Anadolu Agency");
    expect(a.text.slice(ev.start, ev.end)).toBe("Anadolu Agency");
    expect(ev.suffix).toMatch(/^ website contains/);
  });

  it("reads the headline after the section line", () => {
    expect(a.title).toBe("Blinken holds separate calls with Azerbaijani, Armenian leaders to discuss peace process");
  });

  it("leaves section, subtitle, byline, the captioned copy of the headline and the footer out of the body", () => {
    const paras = bodyText(p);
    expect(paras[0]).toMatch(/^US Secretary of State Antony Blinken held separate phone calls on Monday/);
    expect(paras.at(-1)).toMatch(/^Delegations from Azerbaijan and Armenia are expected/);
    const joined = paras.join("\n");
    for (const gone of [
      "World, Americas",
      "FILE PHOTO",
      "Rabia Iclal Turan",
      "welcomes Aliyev's commitment",
      "subscribers",
    ]) {
      expect(joined).not.toContain(gone);
    }
  });
});

describe("seed 003: no header at all", () => {
  const p = parseSeed("003_f778857b596fc65f.txt");
  const a = p.article;

  it("leaves every header field null with a reason, and guesses no date", () => {
    expect(a.title).toBeNull();
    expect(a.published).toBeNull();
    expect(a.missing.published).toMatch(/no date line/);
    expect(a.missing.title).toMatch(/no headline/);
    expect(a.inferredPublished).toBeNull();
  });

  it("reads the whole story as body, from the first paragraph (after the leading blank line)", () => {
    expect(p.body).toHaveLength(9);
    expect(p.body[0]!.start).toBe(1);
  });
});

describe("seed 004: a dateline, no date", () => {
  const p = parseSeed("004_fd49d523f050ac8a.txt");
  const a = p.article;

  it("reads 'WASHINGTON, DC' as the dateline and keeps it in the body", () => {
    expect(a.dateline).toBe("WASHINGTON, DC");
    expect(a.metaEvidence.dateline).toMatchObject({ start: 0, end: 14, exact: "WASHINGTON, DC" });
    expect(bodyText(p)[0]).toMatch(/^WASHINGTON, DC — U\.S\. Secretary/);
  });

  it("has no published date, says why, and does not invent one", () => {
    expect(a.published).toBeNull();
    expect(a.missing.published).toMatch(/no date line/);
    expect(a.inferredPublished).toBeNull();
  });
});

describe("every seed", () => {
  const names = [
    "000_7b3951009b3ee7ad.txt",
    "001_43075a82e50bc56c.txt",
    "002_6d7d1cf8512395d2.txt",
    "003_f778857b596fc65f.txt",
    "004_fd49d523f050ac8a.txt",
  ];

  it.each(names)("%s is a valid Article whose evidence points at its words", (name) => {
    const { article, body } = parseSeed(name);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.text).toBe(readFileSync(new URL(name, dir), "utf8"));
    expect(article.language).toBe("en");
    for (const ev of Object.values(article.metaEvidence)) expect(article.text.slice(ev.start, ev.end)).toBe(ev.exact);
    for (const r of body) expect(article.text.slice(r.start, r.end).trim().length).toBe(r.end - r.start);
    for (let i = 1; i < body.length; i++) expect(body[i]!.start).toBeGreaterThan(body[i - 1]!.end);
  });

  it("is parsed the same way twice (deterministic)", () => {
    for (const name of names) expect(parseSeed(name)).toEqual(parseSeed(name));
  });
});

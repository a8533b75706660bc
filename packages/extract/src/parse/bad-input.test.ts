// Every kind of bad input gets its named InputError, and odd-but-readable input a warning instead.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError, parseArticle } from "./index";

const STORY =
  "Nov 28 2023\n\nThe foreign ministers of the two countries met in Geneva on Monday and agreed to hold another round of talks before the end of the year, officials said.\n";

function problemOf(run: () => unknown): { problem: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return { problem: error.problem, message: error.message };
    throw error;
  }
  throw new Error("expected an InputError, got a result");
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decoding", () => {
  it("strips a UTF-8 byte order mark and says so", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(STORY)]);
    const { article } = parseArticle({ path: "bom.txt", content: bytes });
    expect(article.text).toBe(STORY);
    expect(article.warnings).toContain("removed a UTF-8 byte order mark");
    expect(article.published?.value).toBe("2023-11-28");
  });

  it("decodes UTF-16 LE and BE with a byte order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(STORY, "utf16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(STORY, "utf16le").swap16()]);
    expect(parseArticle({ path: "le.txt", content: le }).article.text).toBe(STORY);
    expect(parseArticle({ path: "be.txt", content: be }).article.text).toBe(STORY);
    expect(parseArticle({ path: "be.txt", content: be }).article.warnings[0]).toMatch(/UTF-16 BE/);
  });

  it("falls back to Windows-1252 for invalid UTF-8, with a warning", () => {
    // 0x92 is a right single quote and 0xe9 an é in Windows-1252; neither is valid UTF-8 here.
    const bytes = new Uint8Array([...utf8(STORY.slice(0, 40)), 0x92, 0xe9, ...utf8(STORY.slice(40))]);
    const { article } = parseArticle({ path: "cp.txt", content: bytes });
    expect(article.text).toContain("\u2019é");
    expect(article.warnings).toContain("not valid UTF-8: decoded as Windows-1252");
  });

  it("keeps CRLF line ends verbatim, so offsets index the file's own text", () => {
    const crlf = `Ministers agree to more talks\r\n\r\n${STORY.replace(/\n/g, "\r\n")}`;
    const { article, body } = parseArticle({ path: "crlf.txt", content: utf8(crlf) });
    expect(article.text).toBe(crlf);
    expect(article.title).toBe("Ministers agree to more talks");
    expect(article.published?.value).toBe("2023-11-28");
    const first = article.text.slice(body[0]!.start, body[0]!.end);
    expect(first).toMatch(/^The foreign ministers.*said\.$/);
    expect(article.metaEvidence.published?.exact).toBe("Nov 28 2023");
  });

  it("warns when the text is clearly not English, and names the language", () => {
    const fr =
      "Les ministres des affaires étrangères des deux pays se sont réunis à Genève lundi et ont convenu de tenir un nouveau cycle de négociations avant la fin de l'année, selon les responsables. Il a été question de la frontière et des prisonniers.";
    const { article } = parseArticle({ path: "fr.txt", content: utf8(fr) });
    expect(article.language).toBe("fr");
    expect(article.warnings.join(" ")).toMatch(/looks French \(fr\), not English/);
  });
});

describe("refusals", () => {
  it("refuses NUL bytes, naming the offset", () => {
    const bytes = new Uint8Array([...utf8("Hello world, "), 0, 0, ...utf8("more")]);
    const e = problemOf(() => parseArticle({ path: "data/x.pdf", content: bytes }));
    expect(e).toEqual({
      problem: "binary",
      message: "data/x.pdf: looks binary (NUL bytes at offset 13), not an article",
    });
  });

  it("says so when the NULs are UTF-16 text that lost its byte order mark", () => {
    const e = problemOf(() =>
      parseArticle({ path: "u16.txt", content: new Uint8Array(Buffer.from(STORY, "utf16le")) }),
    );
    expect(e).toEqual({
      problem: "encoding",
      message: "u16.txt: looks like UTF-16 without a byte order mark; save it as UTF-8",
    });
  });

  it("refuses an image by its magic number", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const e = problemOf(() => parseArticle({ path: "photo.txt", content: png }));
    expect(e.problem).toBe("binary");
    expect(e.message).toBe("photo.txt: looks binary (a PNG image), not an article");
  });

  it("refuses text full of control characters", () => {
    const e = problemOf(() => parseArticle({ path: null, content: "ab\u0001\u0002\u0003\u0004cd" }));
    expect(e.problem).toBe("binary");
    expect(e.message).toMatch(/^stdin: looks binary \(4 control characters/);
  });

  it("refuses empty and whitespace-only input", () => {
    expect(problemOf(() => parseArticle({ path: "e.txt", content: new Uint8Array() }))).toEqual({
      problem: "empty",
      message: "e.txt: is empty, not an article",
    });
    const ws = problemOf(() => parseArticle({ path: "w.txt", content: utf8(" \n\t\r\n  ") }));
    expect(ws).toEqual({ problem: "empty", message: "w.txt: holds only whitespace, not an article" });
  });

  it("refuses input over the size limit, naming both", { timeout: 30_000 }, () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const e = problemOf(() => parseArticle({ path: "big.txt", content: big }));
    expect(e.problem).toBe("too-large");
    expect(e.message).toBe("big.txt: is 20.0 MiB (20971520 bytes), larger than the limit of 16.0 MiB (16777216 bytes)");
    expect(problemOf(() => parseArticle({ path: "s.txt", content: utf8(STORY) }, { maxBytes: 10 })).problem).toBe(
      "too-large",
    );
  });

  it("refuses an odd-length UTF-16 file as an encoding problem", () => {
    const e = problemOf(() => parseArticle({ path: "odd.txt", content: new Uint8Array([0xff, 0xfe, 0x41]) }));
    expect(e.problem).toBe("encoding");
  });

  it("refuses bytes that are neither UTF-8 nor Windows-1252", () => {
    const e = problemOf(() => parseArticle({ path: "k.txt", content: new Uint8Array([...utf8(STORY), 0x81, 0xc3]) }));
    expect(e.problem).toBe("encoding");
    expect(e.message).toMatch(/byte 0x81/);
  });

  it("refuses a text with metadata and no story", () => {
    const e = problemOf(() =>
      parseArticle({ path: "t.txt", content: utf8("FILE PHOTO\nicon-facebook icon-twitter\n") }),
    );
    expect(e.problem).toBe("no-text");
  });

  it("never throws anything but InputError on random bytes (property)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom("x.txt", "x.md", "x.html", "x.json", null),
        (bytes, path) => {
          try {
            const { article } = parseArticle({ path, content: bytes });
            expect(article.text.length).toBeGreaterThan(0);
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never throws anything but InputError on random text, and keeps its offsets honest (property)", () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ maxLength: 80, unit: "binary" }),
      fc.constantFrom("Nov 28 2023", "By Jane Doe | 28.11.2023", "---", "Title: x", "BAKU: it rained.", "{", "<p>"),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom("x.txt", "x.md", "x.html", "x.json"),
        (lines, path) => {
          try {
            parseArticle({ path, content: lines.join("\n") });
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

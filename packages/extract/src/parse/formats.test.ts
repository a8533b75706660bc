// Each input format (txt with scraper headers, md front matter, html page, schema.org JSON) gives its metadata and text.
import { ArticleSchema } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { InputError, parseArticle } from "./index";

const PARA1 =
  "GENEVA — The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday and agreed to hold another round of talks before the end of the year, officials said.";
const PARA2 =
  "The talks, hosted by Swiss diplomats, focused on the border and on the return of prisoners, according to a statement released after the meeting.";

function problem(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("txt with scraper-style Key: value headers", () => {
  const text = `Title: Ministers agree to more talks\nSource: Reuters\nURL: https://example.com/a\nPublished: 2023-11-28T10:15:00Z\nUpdated: November 29, 2023\nAuthor: By Jane Doe\n\n${PARA1}\n\n${PARA2}\n`;
  const { article, body } = parseArticle({ path: "in/scraped.txt", content: text });

  it("reads every header into metadata, with the words as evidence", () => {
    expect(article).toMatchObject({
      title: "Ministers agree to more talks",
      outlet: "Reuters",
      url: "https://example.com/a",
      author: "Jane Doe",
    });
    expect(article.published?.value).toBe("2023-11-28");
    expect(article.updated?.value).toBe("2023-11-29");
    expect(article.metaEvidence.author?.exact).toBe("Jane Doe");
    expect(article.metaEvidence.published?.exact).toBe("2023-11-28T10:15:00Z");
    expect(article.dateline).toBe("GENEVA");
  });

  it("starts the body after the headers", () => {
    expect(body.map((r) => text.slice(r.start, r.end))).toEqual([PARA1, PARA2]);
  });
});

describe("txt headers with a URL as the source", () => {
  it("takes the URL as url, not as the outlet", () => {
    const { article } = parseArticle({
      path: "s.txt",
      content: `Title: Talks\nSource: https://example.com/x\n\n${PARA1}`,
    });
    expect(article).toMatchObject({ url: "https://example.com/x", outlet: null });
  });
});

describe("md with YAML front matter", () => {
  const md = `---\ntitle: "Ministers agree to more talks"\ndate: 2023-11-28\nauthor:\n  - Jane Doe\n  - John Roe\npublisher: { name: Agence France-Presse }\n---\n\n# Ministers agree to more talks\n\n${PARA1}\n\n${PARA2}\n`;
  const { article, body } = parseArticle({ path: "story.md", content: md });

  it("reads the front matter, keeps the text verbatim, and points evidence into it", () => {
    expect(article.format).toBe("md");
    expect(article.text).toBe(md);
    expect(article).toMatchObject({
      title: "Ministers agree to more talks",
      author: "Jane Doe, John Roe",
      outlet: "Agence France-Presse",
    });
    expect(article.published?.value).toBe("2023-11-28");
    expect(article.metaEvidence.title?.exact).toBe("Ministers agree to more talks");
    expect(article.metaEvidence.published).toMatchObject({ exact: "2023-11-28", start: md.indexOf("2023-11-28") });
  });

  it("starts the body after the front matter and leaves the repeated heading out", () => {
    expect(body.map((r) => md.slice(r.start, r.end))).toEqual([PARA1, PARA2]);
  });

  it("turns an impossible date into a warning and a missing reason, not a crash", () => {
    const bad = `---\ntitle: A story\ndate: 2023-02-30\n---\n${PARA1}\n`;
    const { article: a } = parseArticle({ path: "bad-date.md", content: bad });
    expect(a.published).toBeNull();
    expect(a.missing.published).toMatch(
      /front matter 'date' gives an impossible or unreadable date: '2023-02-30' is not a real date/,
    );
    expect(a.warnings.join("\n")).toMatch(/2023-02-30/);
    expect(ArticleSchema.safeParse(a).success).toBe(true);
  });

  it("reads front matter with CRLF line ends", () => {
    const crlf = md.replace(/\n/g, "\r\n");
    const { article: a, body: b } = parseArticle({ path: "crlf.md", content: crlf });
    expect(a.title).toBe("Ministers agree to more talks");
    expect(a.published?.value).toBe("2023-11-28");
    expect(b.map((r) => crlf.slice(r.start, r.end))).toEqual([PARA1, PARA2]);
  });

  it("refuses malformed YAML, naming the line", () => {
    const e = problem(() =>
      parseArticle({ path: "broken.md", content: `---\ntitle: ok\nauthor: [unclosed\n---\n${PARA1}` }),
    );
    expect(e.problem).toBe("format");
    expect(e.message).toMatch(/^broken\.md: malformed YAML front matter at line \d+/);
  });

  it("does not expand aliases or custom tags", () => {
    const yaml = `---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\ntitle: !!js/function "f()"\n---\n${PARA1}\n`;
    const { article: a } = parseArticle({ path: "tags.md", content: yaml });
    expect(a.title).toBe("f()");
    expect(a.warnings.some((w) => w.startsWith("front matter:"))).toBe(true);
  });
});

describe("html page", () => {
  const html = `<!doctype html><html lang="en"><head><title>Ministers agree to more talks | World Wire</title>
<meta property="og:title" content="Ministers agree to more talks">
<meta property="og:site_name" content="World Wire">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-11-28T09:00:00+01:00">
<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2023-11-29","url":"https://example.com/talks"}</script>
<script>window.tracking = "do not read me";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers agree to more talks</h1><p>${PARA1}</p><p>${PARA2}</p>
<p>A third paragraph gives the readability scorer enough text, with commas, clauses, and detail, to choose this block.</p></article>
<footer>Copyright World Wire. All rights reserved.</footer></body></html>`;
  const { article, body } = parseArticle({ path: "page.html", content: html });

  it("reads meta tags and JSON-LD", () => {
    expect(article).toMatchObject({
      format: "html",
      title: "Ministers agree to more talks",
      outlet: "World Wire",
      author: "Jane Doe",
      url: "https://example.com/talks",
    });
    expect(article.published?.value).toBe("2023-11-28");
    expect(article.updated?.value).toBe("2023-11-29");
  });

  it("makes the readable paragraphs, joined by blank lines, the text; scripts, nav and footer gone", () => {
    expect(article.text).toContain(`${PARA1}\n\n${PARA2}`);
    for (const gone of ["tracking", "Home", "All rights reserved"]) expect(article.text).not.toContain(gone);
    expect(article.dateline).toBe("GENEVA");
    expect(article.text.slice(body[0]!.start, body[0]!.end)).toBe(PARA1);
  });

  it("falls back to JSON-LD, <time datetime> and the <title> without its site name", () => {
    const page = `<html><head><title>Ministers agree to more talks - Caspian Times</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Caspian Times"}}]}</script>
</head><body><main><time datetime="2023-11-28T08:00:00Z">28 Nov</time><p>${PARA2}</p><p>${PARA2.replace("border", "frontier")}</p></main></body></html>`;
    const { article: a } = parseArticle({ path: "ld.html", content: page });
    expect(a).toMatchObject({ title: "Ministers agree to more talks", author: "Jane Doe", outlet: "Caspian Times" });
    expect(a.published?.value).toBe("2023-11-28");
    expect(a.metaEvidence.title).toBeUndefined();
  });

  it("refuses a page with no readable text", () => {
    const e = problem(() =>
      parseArticle({ path: "empty.html", content: "<html><body><script>x()</script></body></html>" }),
    );
    expect(e.problem).toBe("no-text");
  });
});

describe("schema.org JSON", () => {
  const doc = {
    "@type": "NewsArticle",
    headline: "Ministers agree to more talks",
    articleBody: `${PARA1}\n\n${PARA2}`,
    datePublished: "2023-11-28",
    dateModified: "2023-11-29T08:00:00Z",
    author: [{ "@type": "Person", name: "Jane Doe" }, "John Roe"],
    publisher: { "@type": "Organization", name: "AP" },
    url: "https://example.com/talks",
  };

  it("takes the text from articleBody and the metadata from the fields", () => {
    const { article, body } = parseArticle({ path: "a.json", content: JSON.stringify(doc) });
    expect(article.text).toBe(doc.articleBody);
    expect(article).toMatchObject({
      title: doc.headline,
      author: "Jane Doe, John Roe",
      outlet: "Associated Press",
      url: doc.url,
    });
    expect(article.published?.value).toBe("2023-11-28");
    expect(article.updated?.value).toBe("2023-11-29");
    expect(body).toHaveLength(2);
  });

  it("says which JSON field was absent", () => {
    const { article } = parseArticle({ path: "bare.json", content: JSON.stringify({ articleBody: PARA2 }) });
    expect(article.missing).toMatchObject({ title: "the JSON has no 'headline'", author: "the JSON has no 'author'" });
    expect(article.missing.published).toMatch(/no 'datePublished'/);
  });

  it("names the field and the expected type when one is wrong", () => {
    const e1 = problem(() => parseArticle({ path: "b.json", content: JSON.stringify({ ...doc, articleBody: 42 }) }));
    expect(e1.message).toBe("b.json: field 'articleBody' should be the article text as a string, found a number");
    const e2 = problem(() => parseArticle({ path: "c.json", content: JSON.stringify({ ...doc, headline: ["x"] }) }));
    expect(e2.message).toBe("c.json: field 'headline' should be a string, found a list");
    const e3 = problem(() => parseArticle({ path: "d.json", content: JSON.stringify({ ...doc, author: { id: 3 } }) }));
    expect(e3.message).toMatch(/^d\.json: field 'author' should be a name/);
    expect(e3.problem).toBe("format");
  });

  it("refuses invalid JSON as a format problem", () => {
    expect(problem(() => parseArticle({ path: "e.json", content: '{"headline": ' })).problem).toBe("format");
  });
});

describe("format detection", () => {
  it("sniffs stdin content and ids it by hash", () => {
    const { article } = parseArticle({ path: null, content: JSON.stringify({ articleBody: PARA1 }) });
    expect(article.format).toBe("json");
    expect(article.source).toBe("stdin");
    expect(article.id).toBe(`stdin-${article.sha256.slice(0, 12)}`);
  });

  it("obeys a forced format", () => {
    const { article } = parseArticle({ path: "x.json", content: `{not json}\n\n${PARA1}`, format: "txt" });
    expect(article.format).toBe("txt");
  });
});

// Plain-text metadata in shapes the seeds do not show: the rules must hold for articles never seen.
import { describe, expect, it } from "vitest";
import { parseArticle } from "./index";

const P1 =
  "The foreign ministers of the two countries met on Monday and agreed to hold another round of talks before the end of the year, officials said.";
const P2 =
  "The talks focused on the border and on the return of prisoners, according to a statement released after the meeting by both governments.";
const P3 = "Neither side gave a date for the next round, and diplomats cautioned that serious differences remained.";

const parse = (text: string) => parseArticle({ path: "t.txt", content: text });
const paras = (p: ReturnType<typeof parse>) => p.body.map((r) => p.article.text.slice(r.start, r.end));

describe("header block", () => {
  it("takes an unknown outlet from its place beside the date line", () => {
    const { article } = parse(
      `Ministers agree to more talks\n\nCaucasus Watch Daily\nDecember 1, 2023\n\n${P1}\n\n${P2}`,
    );
    expect(article.outlet).toBe("Caucasus Watch Daily");
    expect(article.published?.value).toBe("2023-12-01");
  });

  it("reads a By line and a labelled date with a time and zone", () => {
    const { article } = parse(
      `Ministers agree to more talks\nBy Maria de la Cruz\nPublished: Nov 28, 2023 10:35 GMT\n\n${P1}`,
    );
    expect(article.author).toBe("Maria de la Cruz");
    expect(article.published?.value).toBe("2023-11-28");
    expect(article.metaEvidence.published?.exact).toBe("Nov 28, 2023");
  });

  it("reads separate published and updated lines, day month year", () => {
    const { article } = parse(
      `Ministers agree to more talks\nPublished 28 November 2023\nLast updated 29 November 2023\n\n${P1}`,
    );
    expect(article.published?.value).toBe("2023-11-28");
    expect(article.updated?.value).toBe("2023-11-29");
  });

  it("reads a 'Last modified on' line with weekday, time and zone as the update", () => {
    const { article } = parse(
      `Talks resume\nTue 28 Nov 2023 10.35 GMT\nLast modified on Wed 29 Nov 2023 11.02 GMT\n\n${P1}`,
    );
    expect(article.published?.value).toBe("2023-11-28");
    expect(article.updated?.value).toBe("2023-11-29");
    expect(article.metaEvidence.updated?.exact).toBe("Wed 29 Nov 2023");
  });

  it("reads a month-first numeric date only where day-first is impossible", () => {
    expect(parse(`Talks\n11/28/2023\n\n${P1}`).article.published?.value).toBe("2023-11-28");
    expect(parse(`Talks\n03/04/2023\n\n${P1}`).article.published?.value).toBe("2023-04-03");
  });

  it("keeps a month-precision date at month precision", () => {
    const { article } = parse(`Talks resume\nNovember 2023\n\n${P1}`);
    expect(article.published).toMatchObject({ value: "2023-11", precision: "month", latest: "2023-11-30" });
  });

  it("leaves an impossible date null, with a reason and a warning", () => {
    const { article } = parse(`Talks resume\nFeb 30 2023\n\n${P1}`);
    expect(article.published).toBeNull();
    expect(article.missing.published).toMatch(/names no real date/);
    expect(article.warnings.join(" ")).toMatch(/Feb 30 2023/);
  });

  it("warns when a weekday disagrees with its date", () => {
    const { article } = parse(`Talks resume\nMon Nov 28 2023\n\n${P1}`);
    expect(article.published?.value).toBe("2023-11-28");
    expect(article.warnings.join(" ")).toMatch(/names a weekday that 2023-11-28 is not/);
  });

  it("drops a breadcrumb section line and reads the headline after it", () => {
    const p = parse(`News › Europe\nMinisters agree to more talks\n\n${P1}`);
    expect(p.article.title).toBe("Ministers agree to more talks");
    expect(paras(p)).toEqual([P1]);
  });

  it("does not take a question headline for the story", () => {
    const { article } = parse(`Will Armenia and Azerbaijan sign a peace deal this year?\n\n${P1}`);
    expect(article.title).toBe("Will Armenia and Azerbaijan sign a peace deal this year?");
  });
});

describe("datelines", () => {
  it("reads a wire dateline with a date and an agency", () => {
    const { article } = parse(`KYIV, March 3 (Reuters) - ${P1}\n\n${P2}`);
    expect(article.dateline).toBe("KYIV");
    expect(article.outlet).toBe("Reuters");
    expect(article.published).toMatchObject({ value: "--03-03", precision: "day", earliest: null });
    expect(article.metaEvidence.published?.exact).toBe("March 3");
  });

  it("reads 'GENEVA —', 'BAKU:' and a place with its country", () => {
    expect(parse(`GENEVA — ${P1}`).article.dateline).toBe("GENEVA");
    expect(parse(`BAKU: ${P1}`).article.dateline).toBe("BAKU");
    expect(parse(`YEREVAN, Armenia — ${P1}`).article.dateline).toBe("YEREVAN, Armenia");
    expect(parse(`Baku (AFP) — ${P1}`).article).toMatchObject({ dateline: "Baku", outlet: "Agence France-Presse" });
  });

  it("does not take a label or an ordinary sentence for a dateline", () => {
    expect(parse(`UPDATE: ${P1}`).article.dateline).toBeNull();
    expect(parse(`US officials said on Monday that ${P1}`).article.dateline).toBeNull();
    expect(parse(`NATO allies met on Monday in Brussels, and ${P1}`).article.dateline).toBeNull();
  });
});

describe("body", () => {
  it("leaves out a lede preview that the text repeats, keeping the later copy", () => {
    const text = `Ministers agree to more talks\n${P1}\n${P2}\n\nMinisters agree to more talks\nNov 28 2023\n\n${P1}\n\n${P2}\n\n${P3}`;
    const p = parse(text);
    expect(paras(p)).toEqual([P1, P2, P3]);
    expect(p.body[0]!.start).toBe(text.lastIndexOf(P1));
    expect(p.article.published?.value).toBe("2023-11-28");
  });

  it("leaves out a truncated preview that a later paragraph begins with", () => {
    const preview = `${P1.slice(0, 60)}…`;
    const p = parse(`Ministers agree to more talks\n\n${P1}\n\n${P2}\n\nRelated: ${preview}\n\n${preview}\n\n${P1}`);
    const kept = paras(p);
    expect(kept.filter((t) => t === preview)).toHaveLength(0);
    expect(kept.filter((t) => t === P1)).toHaveLength(1);
  });

  it("leaves out share debris, photo credits and a wire credit line", () => {
    const text = `Ministers agree to more talks\n\nShare Tweet Email\n\n${P1}\n\nMinisters in Geneva. (Photo by Jane Roe/AFP via Getty Images)\n\n${P2}\n\n(Reporting by Jane Roe; Editing by John Doe)`;
    expect(paras(parse(text))).toEqual([P1, P2]);
  });

  it("keeps a closing paragraph that merely mentions subscribers", () => {
    const last = "The company said it had lost two million subscribers since the war began, and would cut prices.";
    expect(paras(parse(`Talks\n\n${P1}\n\n${last}`)).at(-1)).toBe(last);
  });
});

describe("inferred publication range", () => {
  it("infers a range from a past and a future full date, and says it is inferred", () => {
    const text = `${P1}\n\nThe two sides signed a memorandum on November 20, 2023 in Geneva after months of work.\n\nThe ministers will meet again on December 5, 2023 in Vienna, the statement said.`;
    const { article } = parse(text);
    expect(article.published).toBeNull();
    expect(article.inferredPublished).toEqual({
      earliest: "2023-11-20",
      latest: "2023-12-04",
      reason: expect.stringMatching(/^inferred, not stated: .*'November 20, 2023'.*'December 5, 2023'/),
    });
  });

  it("infers nothing from dates without a year", () => {
    expect(parse(`${P1}\n\nThey met on November 20 and will meet on December 5.`).article.inferredPublished).toBeNull();
  });
});

describe("header lines below a standfirst", () => {
  it("takes a byline and date that follow a prose-like standfirst, and keeps a short lede in the story", () => {
    const standfirst = "The two sides agreed to meet again before the end of the year.";
    const p = parse(
      `Ministers agree to more talks\n\n${standfirst}\n\nBy Jane Doe | 28.11.2023\n\nTalks ended late.\n\n${P1}`,
    );
    expect(p.article).toMatchObject({ title: "Ministers agree to more talks", author: "Jane Doe" });
    expect(p.article.published?.value).toBe("2023-11-28");
    expect(paras(p)).toEqual([standfirst, "Talks ended late.", P1]);
  });
});

describe("bylines", () => {
  it("reads names and the outlet after them", () => {
    const a = parse(`Ministers agree to more talks\nBy JANE DOE and John Roe, Associated Press\n\n${P1}`).article;
    expect(a).toMatchObject({ author: "JANE DOE and John Roe", outlet: "Associated Press" });
    expect(a.metaEvidence.outlet?.exact).toBe("Associated Press");
    const b = parse(`Ministers agree to more talks\nBy Jane Doe | Caspian Times\n\n${P1}`).article;
    expect(b).toMatchObject({ author: "Jane Doe", outlet: "Caspian Times" });
  });

  it("takes an outlet's own byline as the outlet, with no author", () => {
    const a = parse(
      `Ministers agree to more talks\nBy RFE/RL's Armenian Service\nNovember 28, 2023 10:41 GMT\n\n${P1}`,
    ).article;
    expect(a).toMatchObject({ author: null, outlet: "RFE/RL" });
    expect(a.published?.value).toBe("2023-11-28");
  });

  it("does not take a By line that names no person", () => {
    const a = parse(`Ministers agree to more talks\nBy the numbers: talks in 2023\n\n${P1}`).article;
    expect(a.author).toBeNull();
  });
});

describe("markdown without front matter", () => {
  it("takes a # heading as the title, with the heading's words as evidence", () => {
    const md = `# Ministers agree to more talks\n\n*By Jane Doe*\n\n${P1}\n`;
    const p = parseArticle({ path: "s.md", content: md });
    expect(p.article).toMatchObject({ format: "md", title: "Ministers agree to more talks", author: "Jane Doe" });
    expect(p.article.metaEvidence.title).toMatchObject({ start: 2, exact: "Ministers agree to more talks" });
    expect(paras(p)).toEqual([P1]);
  });
});

describe("credit lines in the header", () => {
  it("takes a name line, a name with a role, and an outlet beside a date", () => {
    expect(parse(`Talks resume\nJane Doe\nNov 28 2023\n\n${P1}`).article).toMatchObject({
      author: "Jane Doe",
      outlet: null,
    });
    expect(parse(`Talks resume\nNov 28 2023 | 10:35 AM\nJane Doe, Senior Correspondent\n\n${P1}`).article.author).toBe(
      "Jane Doe",
    );
    expect(parse(`Talks resume\n28 Nov 2023 — Caspian Daily\n\n${P1}`).article).toMatchObject({
      outlet: "Caspian Daily",
    });
    expect(parse(`Talks resume\nNovember 28, 2023 at 3:15 p.m. EST\n\n${P1}`).article.published?.value).toBe(
      "2023-11-28",
    );
  });

  it("does not take a Title Case standfirst or page furniture for a name or an outlet", () => {
    const a = parse(
      `Ministers agree to more talks\nPeace Talks Resume\nUpdated 2 hours ago\n5 min read\nNov 28 2023\n\n${P1}`,
    ).article;
    expect(a).toMatchObject({ author: null, outlet: null });
    expect(a.published?.value).toBe("2023-11-28");
  });
});

describe("dated datelines", () => {
  it("reads the press-release form with a full date as the published day", () => {
    const { article } = parse(`Brussels, 27 June 2017 – ${P1}`);
    expect(article).toMatchObject({ dateline: "Brussels" });
    expect(article.published).toMatchObject({ value: "2017-06-27", precision: "day" });
    expect(article.metaEvidence.published?.exact).toBe("27 June 2017");
  });

  it("reads a wire dateline with a full date", () => {
    const { article } = parse(`LONDON, Nov. 28, 2023 (AP) — ${P1}`);
    expect(article).toMatchObject({ dateline: "LONDON", outlet: "Associated Press" });
    expect(article.published?.value).toBe("2023-11-28");
  });

  it("does not take an ordinary sentence with a comma and a date for a dateline", () => {
    expect(parse(`Yesterday, 27 June 2017 was a day of talks - officials said so.`).article.dateline).toBeNull();
  });
});

describe("labelled lines inside a plain header", () => {
  it("reads 'Source:' and 'Author:' lines under the headline", () => {
    const { article, body } = parse(
      `Ministers agree to more talks\nSource: Caspian Times\nAuthor: Jane Doe\nNov 28 2023\n\n${P1}`,
    );
    expect(article).toMatchObject({ outlet: "Caspian Times", author: "Jane Doe" });
    expect(article.metaEvidence.outlet?.exact).toBe("Caspian Times");
    expect(body).toHaveLength(1);
  });
});

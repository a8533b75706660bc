// findDates on the seed articles and on other stories: the date each phrase resolves to, and why.

import { type TemporalExpression, TemporalExpressionSchema } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { findDates } from "./index";
import { docContext, seedContext } from "./test-doc";

/** The n-th expression whose words include the phrase; fails loudly when there is none. */
function at(list: TemporalExpression[], phrase: string, n = 0): TemporalExpression {
  const hits = list.filter((e) => e.text.includes(phrase));
  const hit = hits[n];
  if (!hit) throw new Error(`no '${phrase}' (#${n}) among ${list.map((e) => `'${e.text}'`).join(", ")}`);
  return hit;
}
const dateOf = (list: TemporalExpression[], phrase: string, n = 0) => at(list, phrase, n).date?.value ?? null;

describe("seed 002 (published Tue 2023-11-28)", () => {
  const dates = findDates(seedContext("002", "2023-11-28"));
  it("puts a weekday in the week before publication", () => {
    const monday = at(dates, "on Monday");
    expect(monday.date?.value).toBe("2023-11-27");
    expect(monday.weekday).toBe("Monday");
    expect(monday.date?.anchor).toEqual({ kind: "publication", value: "2023-11-28" });
    expect(monday.explanation).toBe("'on Monday' on or before published Tue 2023-11-28 → 2023-11-27");
  });
  it("gives a past month-day the publication year, a planned one the next occurrence", () => {
    expect(dateOf(dates, "Nov. 21")).toBe("2023-11-21");
    const planned = at(dates, "Nov. 30");
    expect(planned.date?.value).toBe("2023-11-30");
    expect(planned.explanation).toContain("future");
  });
  it("reads years, seasons and months", () => {
    expect(at(dates, "since 1991").date).toMatchObject({
      value: "1991",
      precision: "year",
      anchor: { kind: "stated" },
    });
    expect(dateOf(dates, "the fall of 2020")).toBe("2020");
    expect(at(dates, "in September").date).toMatchObject({ value: "2023-09", precision: "month" });
  });
});

describe("seed 001 (published Tue 2023-11-28)", () => {
  const dates = findDates(seedContext("001", "2023-11-28"));
  it("counts the publication day as 'on Tuesday'", () => {
    expect(dateOf(dates, "on Tuesday")).toBe("2023-11-28");
  });
  it("takes the current month for a past 'In November' and the coming one for a planned 'in December'", () => {
    expect(dateOf(dates, "In November")).toBe("2023-11");
    expect(dateOf(dates, "in December")).toBe("2023-12");
    expect(dateOf(dates, "September 19")).toBe("2023-09-19");
  });
  it("reads decades and periods of the publication", () => {
    expect(at(dates, "the early 1990s").date).toMatchObject({ value: "1990s", precision: "decade" });
    expect(dateOf(dates, "earlier this month")).toBe("2023-11");
    expect(at(dates, "by the end of the year").date).toMatchObject({ value: "2023", precision: "year" });
  });
});

describe("seed 000 (published 2023-11-28)", () => {
  const dates = findDates(seedContext("000", "2023-11-28"));
  it("counts 'Two days later' from the date told before it", () => {
    expect(dateOf(dates, "On November 18")).toBe("2023-11-18");
    const later = at(dates, "Two days later");
    // Counted from a day resolved against the stated publication date: read, not inferred.
    expect(later.date).toMatchObject({ value: "2023-11-20", precision: "day", inferred: false });
    expect(later.date?.anchor).toEqual({ kind: "previous-event", value: "2023-11-18" });
  });
  it("keeps a stated future date and gives an open-ended span no date", () => {
    expect(at(dates, "January 1, 2024").date).toMatchObject({ value: "2024-01-01", anchor: { kind: "stated" } });
    const ago = at(dates, "more than two months ago");
    expect(ago.date).toBeNull();
    expect(ago.explanation).toContain("open-ended");
  });
});

describe("seed 003 (undated)", () => {
  const dates = findDates(seedContext("003", null));
  it("leaves the year unknown rather than guessing it", () => {
    expect(at(dates, "October 6").date).toMatchObject({ value: "--10-06", precision: "day", anchor: { kind: "none" } });
    expect(dateOf(dates, "September 15")).toBe("--09-15");
    expect(dateOf(dates, "early October")).toBe("--10");
  });
  it("reads stated years, with or without a preposition", () => {
    expect(dateOf(dates, "1991")).toBe("1991");
    expect(dateOf(dates, "1991", 1)).toBe("1991");
    expect(dateOf(dates, "1988")).toBe("1988");
  });
  it("never reads a count as a date", () => {
    expect(dates.some((e) => /30 years/.test(e.text))).toBe(false);
  });
});

describe("seed 004 (undated)", () => {
  const dates = findDates(seedContext("004", null));
  it("keeps the weekday of 'late on Monday' without a date", () => {
    const monday = at(dates, "late on Monday");
    expect(monday.date).toBeNull();
    expect(monday.weekday).toBe("Monday");
    expect(monday.explanation).toContain("no publication date");
    expect(at(dates, "earlier on Monday").weekday).toBe("Monday");
  });
  it("resolves month-days to unknown years, a range to its first day", () => {
    expect(dateOf(dates, "November 15")).toBe("--11-15");
    expect(at(dates, "September 19-20").date?.value).toBe("--09-19");
    expect(at(dates, "two weeks ago").date).toBeNull();
  });
});

describe("a Reuters-style dateline story (published Fri 2024-03-15)", () => {
  const text =
    "LONDON, March 15 (Reuters) - Britain's finance minister said on Thursday that inflation had fallen faster than expected last week. " +
    "The central bank will meet next month to decide on rates, and ministers are due to visit Brussels on Monday. " +
    "Two weeks ago the statistics office revised its figures, and yesterday the pound rose 0.5%.";
  const dates = findDates(docContext(text, "2024-03-15"));
  it("reads the dateline day and the past weekday", () => {
    expect(dateOf(dates, "March 15")).toBe("2024-03-15");
    expect(dateOf(dates, "on Thursday")).toBe("2024-03-14");
  });
  it("resolves last week, next month and a future weekday", () => {
    expect(at(dates, "last week").date).toMatchObject({ value: "2024-03", precision: "month" });
    expect(dateOf(dates, "next month")).toBe("2024-04");
    expect(dateOf(dates, "on Monday")).toBe("2024-03-18");
  });
  it("gives 'two weeks ago' a month, 'yesterday' a day", () => {
    expect(at(dates, "Two weeks ago").date).toMatchObject({ value: "2024-03", precision: "month" });
    expect(dateOf(dates, "yesterday")).toBe("2024-03-14");
  });
  it("marks weekdays and month-days resolved against the stated publication date as not inferred", () => {
    for (const phrase of ["on Thursday", "on Monday", "last week", "next month", "yesterday"])
      expect(at(dates, phrase).date?.inferred, phrase).toBe(false);
    // A round "two weeks ago" taken as its month is an estimate, and says so.
    expect(at(dates, "Two weeks ago").date?.inferred).toBe(true);
  });
  it("does not read the 0.5% as a date", () => {
    expect(dates.every((e) => !e.text.includes("0.5"))).toBe(true);
  });
});

describe("a court story told years after the fact (published 2024-06-10)", () => {
  const text =
    "The defendant was arrested on March 3, 2019, outside his home. Two days later, he was charged with fraud. " +
    "On March 12, a judge denied him bail.\nThe trial opened in the spring of 2021 and ended the following year.";
  const dates = findDates(docContext(text, "2024-06-10"));
  it("counts from the stated date, not from publication", () => {
    expect(dateOf(dates, "March 3, 2019")).toBe("2019-03-03");
    expect(at(dates, "Two days later").date).toMatchObject({
      value: "2019-03-05",
      anchor: { kind: "previous-event", value: "2019-03-03" },
    });
  });
  it("gives a bare date in that passage the passage's year", () => {
    const bail = at(dates, "On March 12");
    expect(bail.date).toMatchObject({
      value: "2019-03-12",
      anchor: { kind: "context", value: "2019-03-03" },
      inferred: true,
    });
  });
  it("gives a bare date in the next paragraph the year of publication, not the passage's", () => {
    const story =
      "The government stripped the region of its autonomy on August 5, 2019.\n" +
      "The court reserved its verdict on September 5 after hearing 23 petitions.";
    expect(dateOf(findDates(docContext(story, "2023-12-11")), "on September 5")).toBe("2023-09-05");
  });
  it("counts a year on from a season", () => {
    expect(dateOf(dates, "the spring of 2021")).toBe("2021");
    expect(dateOf(dates, "the following year")).toBe("2022");
  });
});

describe("every expression", () => {
  const all = ["000", "001", "002"].flatMap((p) => findDates(seedContext(p, "2023-11-28")));
  const undated = ["003", "004"].flatMap((p) => findDates(seedContext(p, null)));
  it("matches the schema and quotes the text at its offsets", () => {
    for (const e of [...all, ...undated]) {
      expect(() => TemporalExpressionSchema.parse(e)).not.toThrow();
      expect(e.evidence.exact).toBe(e.text);
    }
  });
  it("comes in text order, without overlaps", () => {
    for (const list of [all.filter((e) => e.evidence.articleId === "seed-002"), undated]) {
      for (let i = 1; i < list.length; i++) {
        if (list[i]!.evidence.articleId !== list[i - 1]!.evidence.articleId) continue;
        expect(list[i]!.evidence.start).toBeGreaterThanOrEqual(list[i - 1]!.evidence.end);
      }
    }
  });
  it("stays inside the body", () => {
    const text = "Nov 28 2023\nThe talks began on Monday.";
    const dates = findDates(docContext(text, "2023-11-28", "body", [{ start: 12, end: text.length }]));
    expect(dates.map((e) => e.text)).toEqual(["on Monday"]);
  });
  it("nor is a weekday that names what happens every week: Friday prayers, Sunday school", () => {
    const dates = findDates(
      docContext(
        "Tabriz's Friday prayer leader died on Sunday. Friday prayers were cancelled, and Sunday school too.",
        "2024-05-21",
      ),
    );
    expect(dates.map((e) => e.text)).toEqual(["on Sunday"]);
  });
});

describe("weekends (published Tue 2024-03-12)", () => {
  const dates = findDates(
    docContext(
      "Protesters marched over the weekend. Officials will meet this weekend, and last weekend's talks failed.",
      "2024-03-12",
    ),
  );
  it("gives the past weekend, the coming weekend, never a single day", () => {
    expect(at(dates, "over the weekend").date).toMatchObject({ value: "2024-03", precision: "month" });
    expect(at(dates, "over the weekend").explanation).toContain("2024-03-09…2024-03-10");
    expect(at(dates, "this weekend").explanation).toContain("2024-03-16…2024-03-17");
    expect(at(dates, "last weekend").explanation).toContain("2024-03-09…2024-03-10");
  });
});

describe("years with modifiers (published 2024-03-12)", () => {
  const dates = findDates(
    docContext("Prices peaked in mid-2022 and fell this past weekend, after a COVID-2019 test.", "2024-03-12"),
  );
  it("reads mid-2022 as the year, never a code's digits", () => {
    expect(dates.map((e) => [e.text, e.date?.value ?? null])).toEqual([
      ["in mid-2022", "2022"],
      ["this past weekend", "2024-03"],
    ]);
  });
});

describe("a wire story a year on (published Fri 2023-02-24)", () => {
  const text =
    "KYIV, Feb 24 (Reuters) - Officials said on Friday, a year after the invasion began on Feb. 24, 2022, that missiles hit Kyiv.\n" +
    "The attack came days after Joe Biden visited Kyiv on Monday, Feb. 20. Germany pledged tanks last June and will deliver them by the end of March.";
  const dates = findDates(docContext(text, "2023-02-24"));
  it("lets the weekday pick the year, not an older date told before", () => {
    expect(at(dates, "Feb. 20").date).toMatchObject({ value: "2023-02-20", weekday: "Monday" });
  });
  it("reads 'last June' as past and 'the end of March' as a month, never the 31st", () => {
    expect(at(dates, "last June").date?.value).toBe("2022-06");
    expect(at(dates, "end of March").date).toMatchObject({ value: "2023-03", precision: "month" });
  });
});

describe("seasons counted from publication", () => {
  const dates = (text: string, pub: string) => findDates(docContext(text, pub)).map((e) => e.date?.value ?? null);
  it("takes the summer just over for 'last summer', the coming one for a future 'this summer'", () => {
    expect(dates("Prices rose last summer.", "2023-11-28")).toEqual(["2023"]);
    expect(dates("Prices rose last summer.", "2023-07-10")).toEqual(["2022"]);
    expect(dates("Talks will resume this summer.", "2024-03-12")).toEqual(["2024"]);
    expect(dates("Talks resumed this spring.", "2024-11-12")).toEqual(["2024"]);
  });
});

describe("weekdays inside names", () => {
  it("are not dates", () => {
    const dates = findDates(
      docContext("He told the Sunday Times that Good Friday talks failed on Monday.", "2024-03-12"),
    );
    expect(dates.map((e) => e.text)).toEqual(["on Monday"]);
  });
});

describe("plans named by weekday", () => {
  const first = (text: string, pub: string) => findDates(docContext(text, pub))[0]?.date?.value ?? null;
  it("take the coming day unless the last one is much nearer", () => {
    // Fri 2023-03-24: Tuesday the 21st is 3 days back, the 28th 4 ahead: a cancelled plan lies ahead.
    expect(first("The king had been due to travel to Bordeaux on Tuesday.", "2023-03-24")).toBe("2023-03-28");
    // Mon 2023-09-11: Saturday the 9th is 2 days back, the 16th 5 ahead: the match was last Saturday.
    expect(first("The qualifier, scheduled for Saturday, has been postponed.", "2023-09-11")).toBe("2023-09-09");
  });
});

describe("what is wanted", () => {
  it("reads a wish as a plan, and a man wanted for murder as no wish", () => {
    // Sat 2024-05-25: Monday the 20th is five days back, the 27th two ahead.
    const first = (text: string) => findDates(docContext(text, "2024-05-25"))[0]?.date?.value ?? null;
    expect(first("Officials said they wanted the vote held on Monday.")).toBe("2024-05-27");
    expect(first("Police arrested a man wanted for murder on Monday.")).toBe("2024-05-20");
  });
});

describe("a month with last, this or next year", () => {
  const first = (text: string) => findDates(docContext(text, "2023-11-28"))[0]?.date?.value ?? null;
  it("reads the month's name or abbreviation as that month", () => {
    expect(first("The talks ended in June last year.")).toBe("2022-06");
    expect(first("The talks ended in Jun last year.")).toBe("2022-06");
    expect(first("They met in Sept. last year.")).toBe("2022-09");
    expect(first("They met in Nov of this year.")).toBe("2023-11");
    expect(first("It is due in Aug next year.")).toBe("2024-08");
  });
});

describe("a yearless day of a scheduled thing told in the past tense", () => {
  const first = (text: string, pub: string) => findDates(docContext(text, pub))[0]?.date?.value ?? null;
  it("is the coming one when the last lies nearly a year back and the coming one weeks ahead", () => {
    const text = "Most parties suspended campaigning for the European Parliament elections on June 8.";
    expect(first(text, "2024-05-17")).toBe("2024-06-08");
    // Months back, not a year: the past reading holds ("won the election on Sept. 30", told in May).
    expect(first("Fico won the election on Sept. 30.", "2024-05-17")).toBe("2023-09-30");
    expect(first("The quake struck on May 2.", "2024-05-17")).toBe("2024-05-02");
  });
  it("reads an end point the same way: it lies after the deed it bounds", () => {
    expect(first("The mayor cancelled all outdoor public events until July 1.", "2023-06-24")).toBe("2023-07-01");
    expect(first("The ministry had ordered volunteers to sign contracts by July 1.", "2023-06-24")).toBe("2023-07-01");
    // A month back is no stale reading: "the lockdown lasted until May 30" is the last one.
    expect(first("The lockdown lasted until May 30.", "2023-06-24")).toBe("2023-05-30");
  });
  it("keeps a time of day between the end word and the day: 'until noon on Monday' is one end point", () => {
    const text = "The party removed him as leader and gave the president until noon on Monday to resign.";
    expect(findDates(docContext(text, "2017-11-21")).map((d) => [d.text, d.date?.value])).toEqual([
      ["until noon on Monday", "2017-11-20"],
    ]);
  });
});

describe("stretches around publication (published Thu 2024-03-14)", () => {
  const dates = findDates(
    docContext(
      "Prices fell over the past week. Talks stalled earlier in the week and resume later in the month.",
      "2024-03-14",
    ),
  );
  it("reads singular and vague stretches at the precision they cover", () => {
    expect(at(dates, "the past week").date?.value).toBe("2024-03");
    expect(at(dates, "earlier in the week").date?.value).toBe("2024-03");
    expect(at(dates, "later in the month").date?.value).toBe("2024-03");
  });
});

describe("29 February", () => {
  it("keeps its day without a year, and finds a leap year with one", () => {
    expect(findDates(docContext("The vote was held on February 29.", null))[0]?.date?.value).toBe("--02-29");
    expect(findDates(docContext("The vote was held on February 29.", "2025-03-10"))[0]?.date?.value).toBe("2024-02-29");
  });
});

describe("words that look like days", () => {
  it("are dates only when written as days", () => {
    const text =
      "He sat on the panel and told The Sun that Sun Yat-sen won. The vote on Wed. followed talks on Tue and Friday's debate.";
    const dates = findDates(docContext(text, "2023-11-28"));
    expect(dates.map((e) => e.text)).toEqual(["on Wed.", "on Tue", "Friday"]);
  });
});

describe("what 'later' counts from", () => {
  it("skips the end of a stretch: 'through April 2028' is no happening", () => {
    const text =
      "On October 25 Ford reached a deal that raises pay through April 2028. Stellantis followed three days later.";
    const dates = findDates(docContext(text, null));
    expect(at(dates, "three days later").date).toMatchObject({
      value: "--10-28",
      anchor: { kind: "previous-event", value: "--10-25" },
    });
  });
});

describe("the inferred flag", () => {
  it("marks dates counted from an undated story's opening date as inferred, and what counts on from them", () => {
    const text = "Brussels, 27 June 2017 – The Commission met on Monday. Two days later it fined Google.";
    const dates = findDates(docContext(text, null));
    expect(at(dates, "27 June 2017").date).toMatchObject({ inferred: false, anchor: { kind: "stated" } });
    expect(at(dates, "on Monday").date).toMatchObject({ value: "2017-06-26", inferred: true });
    expect(at(dates, "Two days later").date).toMatchObject({ value: "2017-06-28", inferred: true });
  });
  it("keeps a year guessed from the scene of a past story inferred", () => {
    const text = "He was arrested on March 3, 2019. On March 12, a judge denied him bail.";
    expect(at(findDates(docContext(text, "2024-06-10")), "On March 12").date?.inferred).toBe(true);
  });
});

describe("'a day after' something, after the sentence's own date", () => {
  it("counts back from the date told before it in the sentence, and reads nothing without one", () => {
    const text = "The president dissolved parliament on Tuesday, a day after Hasina resigned and fled the country.";
    expect(dateOf(findDates(docContext(text, "2024-08-06")), "a day after")).toBe("2024-08-05");
    const plain = findDates(docContext("The minister spoke two days after the vote.", "2024-08-06"));
    expect(plain.map((e) => e.text)).toEqual([]);
    // "three weeks after his kiss" is a round figure: no week-precise reading.
    const weeks = findDates(docContext("Rubiales resigned on Sunday night, three weeks after his kiss.", "2023-09-11"));
    expect(weeks.map((e) => e.text)).toEqual(["on Sunday"]);
  });
});

describe("what was due", () => {
  it("reads 'due on Sunday' as a plan, the coming Sunday, and 'due to the storm' as no plan", () => {
    const text = "The Critics Choice Awards, due on Sunday, were pushed back to January 26.";
    expect(dateOf(findDates(docContext(text, "2025-01-11")), "on Sunday")).toBe("2025-01-12");
    const cause = "Flights were grounded on Sunday due to the storm.";
    expect(dateOf(findDates(docContext(cause, "2025-01-11")), "on Sunday")).toBe("2025-01-05");
  });
});

describe("what 'that evening' counts from", () => {
  it("passes over a deadline ('by Saturday') to the day of the happening told before it", () => {
    const text =
      "The fire broke out on Tuesday morning and had burned 23,000 acres by Saturday. The second fire started that evening.";
    expect(dateOf(findDates(docContext(text, "2025-01-11")), "that evening")).toBe("2025-01-07");
  });
});

describe("a story told in the past moves forward", () => {
  it("gives a bare date the scene's year only when it does not fall before the latest date stated there", () => {
    const text =
      "Finland and Sweden applied in May 2022, three months after Russian troops crossed into Ukraine on February 24, 2022. " +
      "Hungary's parliament approved Finland's bid on March 27.";
    // March 27, 2022 would fall before the May 2022 application: the bare date is of the article's own year.
    expect(dateOf(findDates(docContext(text, "2023-04-04")), "on March 27")).toBe("2023-03-27");
    const forward = "He was arrested on March 3, 2019. On March 12, a judge denied him bail.";
    expect(dateOf(findDates(docContext(forward, "2024-06-10")), "On March 12")).toBe("2019-03-12");
  });
});

describe("a weekday told with the saying before a reported future (published Thu 2024-03-14)", () => {
  it("dates the saying in the past: what follows 'that' has a tense of its own", () => {
    const text =
      "The governor, Anna Reyes, said at a news conference in the capital on Wednesday that a donors' meeting would be held on April 2.";
    const dates = findDates(docContext(text, "2024-03-14"));
    expect(dateOf(dates, "on Wednesday")).toBe("2024-03-13");
    expect(dateOf(dates, "April 2")).toBe("2024-04-02");
    // Without the reported clause the future still reads ahead.
    const ahead = findDates(docContext("The governor would hold a news conference on Wednesday.", "2024-03-14"));
    expect(dateOf(ahead, "on Wednesday")).toBe("2024-03-20");
  });
});

describe("later or earlier in the day", () => {
  it("is the day told before it when that is a day, else the day of publication", () => {
    const text =
      "He had been held since December 2018. Putin would meet them later in the evening. " +
      "On Tuesday 30 July he arrived in Ankara. Later in the day he left.";
    const dates = findDates(docContext(text, "2024-08-01"));
    expect(dateOf(dates, "later in the evening")).toBe("2024-08-01");
    expect(dateOf(dates, "Later in the day")).toBe("2024-07-30");
    // Undated, with no day before it: no date.
    expect(dateOf(findDates(docContext("They met earlier in the day.", null)), "earlier in the day")).toBeNull();
  });
});

describe("a month that owns a noun", () => {
  it("is the occurrence nearest publication, whatever the clause's verb", () => {
    const text =
      "Donald Trump, the candidate in November's election, said it was bad. The talks collapsed in November.";
    const dates = findDates(docContext(text, "2024-08-02"));
    expect(dateOf(dates, "November", 0)).toBe("2024-11");
    expect(dateOf(dates, "November", 1)).toBe("2023-11");
  });
});

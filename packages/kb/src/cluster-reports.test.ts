import { addDays, partialDate } from "@dateline/core/dates";
import type { EventType, ParticipantRole, PlaceKind, ResolvedDate, Weekday } from "@dateline/core/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cluster } from "./cluster-reports";
import { type MatchContext, matchesNothing, matchScore } from "./event-match";
import type { ReportState } from "./state";

const PLACE_KINDS: Record<string, PlaceKind> = { tbilisi: "city", astana: "city", georgia: "country" };
const AFFILIATIONS: Record<string, string[]> = { aliyev: ["azerbaijan"], pashinyan: ["armenia"], rashid: [] };
const ctx: MatchContext = {
  placeKind: (id) => PLACE_KINDS[id],
  affiliations: (id) => AFFILIATIONS[id] ?? [],
};

const TYPES: EventType[] = ["call", "talks", "talks", "meeting", "statement", "ceasefire", "protest", "other"];
const WEEKDAYS: Weekday[] = ["Monday", "Friday"];

/** Days within a few weeks of one another, around a month's end, so that windows and month blocks are tested. */
const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays("2023-10-15", n));
const dateValue = fc.oneof(
  day,
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
  fc.constant("2020s"),
  day.map((d) => `--${d.slice(5)}`),
);
const resolved = (value: string): ResolvedDate => {
  const p = partialDate(value);
  return {
    ...p,
    text: value,
    anchor: { kind: "stated", value: null },
    explanation: value,
    inferred: false,
    weekday: null,
    evidence: null,
  };
};

const report = fc.record({
  type: fc.constantFrom(...TYPES),
  article: fc.integer({ min: 0, max: 25 }),
  date: fc.option(dateValue, { nil: null, freq: 3 }),
  weekday: fc.option(fc.constantFrom(...WEEKDAYS), { nil: null }),
  // A few casts, so that many reports are alike in all but article, date and paper, as in a large corpus.
  participants: fc.constantFrom<Array<[string, ParticipantRole]>>(
    [],
    [["aliyev", "agent"]],
    [["azerbaijan", "agent"]],
    [["rashid", "speaker"]],
    [
      ["aliyev", "agent"],
      ["pashinyan", "counterpart"],
    ],
    [
      ["pashinyan", "agent"],
      ["aliyev", "counterpart"],
    ],
    [
      ["aliyev", "agent"],
      ["rashid", "counterpart"],
    ],
    [
      ["armenia", "target"],
      ["azerbaijan", "agent"],
    ],
  ),
  place: fc.option(fc.constantFrom(...Object.keys(PLACE_KINDS)), { nil: null, freq: 3 }),
  // Publications spread wider than dates, so that the 31 days from a date to an undated report's paper decide.
  published: fc.option(
    fc.integer({ min: -30, max: 100 }).map((n) => addDays("2023-10-15", n)),
    { nil: null, freq: 6 },
  ),
});

type Spec = typeof report extends fc.Arbitrary<infer T> ? T : never;

function build(specs: Spec[]): ReportState[] {
  return specs.map((s, i) => ({
    type: s.type,
    title: `r${i}`,
    background: false,
    published: s.published === null ? null : { earliest: s.published, latest: s.published },
    report: {
      articleId: `a${s.article}`,
      extractedId: `a${s.article}#e${i}`,
      date: s.date === null ? null : resolved(s.date),
      when: s.weekday === null ? null : { text: s.weekday, weekday: s.weekday, evidence: evidence(s.article) },
      status: "occurred",
      participants: s.participants.map(([actorId, role]) => ({ actorId, role })),
      placeId: s.place,
      wording: "",
      framing: [],
      evidence: [evidence(s.article, i)],
    },
  }));
}

function evidence(article: number, start = 0) {
  return { articleId: `a${article}`, start, end: start + 1, exact: "x", prefix: "", suffix: "" };
}

/** Clusters as report titles and near misses as title pairs: comparable across two runs. */
function shape({ clusters, nearMisses }: ReturnType<typeof cluster>) {
  return {
    clusters: clusters.map((c) => c.map((r) => r.title)),
    nearMisses: [...nearMisses].map(([pair, gap]) => [pair, gap]).sort(),
  };
}

describe("cluster", () => {
  it("finds the clusters and near misses of comparing every report of every cluster of the block", () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 150, size: "max" }), (specs) => {
        const reports = build(specs);
        const fast = shape(cluster(reports, ctx));
        const blockWide = shape(cluster(reports, ctx, { blockWide: true }));
        expect(fast).toEqual(blockWide);
      }),
      { numRuns: 300 },
    );
    // Articles of three stories (by article number mod 3), so that reports of other stories meet the strict rule.
    const stories: MatchContext = {
      ...ctx,
      related: (a, b) => Number(a.slice(1)) % 3 === Number(b.slice(1)) % 3,
    };
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 150, size: "max" }), (specs) => {
        const reports = build(specs);
        expect(shape(cluster(reports, stories))).toEqual(shape(cluster(reports, stories, { blockWide: true })));
      }),
      { numRuns: 150 },
    );
    // 300 + 150 runs of up to 150 reports, each clustered twice: on a loaded machine this takes over the default limit.
  }, 120_000);

  it("links reports of one call from many articles, and keeps a report of the same article out", () => {
    const specs = [0, 1, 2, 3].map(
      (article): Spec => ({
        type: "call",
        article,
        date: "2023-11-01",
        weekday: null,
        participants: [
          ["aliyev", "agent"],
          ["pashinyan", "counterpart"],
        ],
        place: null,
        published: "2023-11-02",
      }),
    );
    // A report of article 2 told alike: its article is in the cluster, though not first.
    const reports = build([...specs, { ...specs[2]!, published: "2023-11-03" }]);
    expect(shape(cluster(reports, ctx)).clusters).toEqual([["r0", "r1", "r2", "r3"], ["r4"]]);
  });

  it("finds a near miss past a report of the same article", () => {
    const call = (article: number, date: string): Spec => ({
      type: "call",
      article,
      date,
      weekday: null,
      participants: [
        ["aliyev", "agent"],
        ["pashinyan", "counterpart"],
      ],
      place: null,
      published: "2023-11-08",
    });
    const reports = build([call(0, "2023-11-01"), call(1, "2023-11-01"), call(0, "2023-11-06")]);
    expect(shape(cluster(reports, ctx))).toEqual({ clusters: [["r0", "r1"], ["r2"]], nearMisses: [["0|1", 5]] });
  });
});

/** A report of the given facts, dated 2023-11-01 and published the next day unless told otherwise. */
function spec(article: number, facts: Partial<Spec>): Spec {
  return {
    type: "call",
    article,
    date: "2023-11-01",
    weekday: null,
    participants: [["aliyev", "agent"]],
    place: null,
    published: "2023-11-02",
    ...facts,
  };
}

/** Clusters both ways, requires the same, and gives the clusters as title lists. */
function bothWays(specs: Spec[]) {
  const reports = build(specs);
  const fast = shape(cluster(reports, ctx));
  expect(fast).toEqual(shape(cluster(reports, ctx, { blockWide: true })));
  return fast;
}

describe("cluster's time keys", () => {
  const aliyevPashinyan: Array<[string, ParticipantRole]> = [
    ["aliyev", "agent"],
    ["pashinyan", "counterpart"],
  ];

  it("never compares a call with a meeting, but talks with both", () => {
    const { clusters } = bothWays([
      spec(0, { type: "call", participants: aliyevPashinyan }),
      spec(1, { type: "meeting", participants: aliyevPashinyan }),
      spec(2, { type: "talks", participants: aliyevPashinyan }),
    ]);
    expect(clusters).toEqual([["r0", "r2"], ["r1"]]);
  });

  it("finds the other side through the country of the other report's counterpart, and keeps other sides apart", () => {
    const { clusters, nearMisses } = bothWays([
      spec(0, { participants: aliyevPashinyan }),
      spec(1, {
        participants: [
          ["aliyev", "agent"],
          ["armenia", "target"],
        ],
      }),
      // Another counterpart on the same day: not the same call, nor a near miss.
      spec(2, {
        participants: [
          ["aliyev", "agent"],
          ["rashid", "counterpart"],
        ],
      }),
      // The same call five days later: a near miss through the counterpart's country.
      spec(3, {
        date: "2023-11-06",
        participants: [
          ["azerbaijan", "agent"],
          ["armenia", "target"],
        ],
      }),
    ]);
    expect(clusters).toEqual([["r0", "r1"], ["r2"], ["r3"]]);
    expect(nearMisses).toEqual([["0|2", 5]]);
  });

  it("ties a report naming nobody to a named one by place, or by near days of a specific type, when both are dated", () => {
    const { clusters } = bothWays([
      spec(0, { type: "ceasefire", date: "2023-11", participants: [], place: "tbilisi" }),
      spec(1, { type: "ceasefire", date: "2023-11-03", place: "tbilisi" }),
      spec(2, { type: "ceasefire", date: "2023-11-20", participants: [] }),
      spec(3, { type: "ceasefire", date: "2023-11-21" }),
      // Undated, so nothing ties it to a report naming nobody, though its paper is of the same days.
      spec(4, { type: "ceasefire", date: null, participants: [["pashinyan", "agent"]], published: "2023-11-21" }),
    ]);
    expect(clusters).toEqual([["r1", "r0"], ["r2", "r3"], ["r4"]]);
  });
});

describe("matchesNothing", () => {
  it("holds only of reports that match no other", () => {
    fc.assert(
      fc.property(report, fc.array(report, { maxLength: 20 }), (one, others) => {
        const [r, ...rest] = build([one, ...others]);
        if (!matchesNothing(r!)) return;
        for (const o of rest) {
          expect(matchScore(r!, o, ctx)).toBeNull();
          expect(matchScore(o, r!, ctx)).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});

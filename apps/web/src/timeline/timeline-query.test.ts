// Time line filters from the query string: kept when valid, reported when not, written back as short URLs.
import { describe, expect, it } from "vitest";
import { parseTimelineQuery, timelineHref } from "./timeline-query";

describe("parseTimelineQuery", () => {
  it("keeps valid filters", () => {
    const { query, problems } = parseTimelineQuery({
      actor: "antony-blinken",
      type: "call",
      from: "2023-11",
      to: "2023-11-30",
      show: "all",
    });
    expect(problems).toEqual([]);
    expect(query).toEqual({ actor: "antony-blinken", type: "call", from: "2023-11", to: "2023-11-30", show: "all" });
  });

  it("drops and reports what it cannot use", () => {
    const { query, problems } = parseTimelineQuery({ type: "phonecall", from: "--09-15", to: ["27/11/2023"] });
    expect(query).toEqual({ show: "news" });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain("phonecall");
  });

  it("says which value counts when a filter is given twice, and uses the first", () => {
    const { query, problems } = parseTimelineQuery({ type: ["call", "statement"], actor: ["a", "a"] });
    expect(query.type).toBe("call");
    expect(problems).toEqual(["type takes one value: 'call' used, 'statement' ignored"]);
  });
});

describe("the window and page parameters", () => {
  it("keeps a place, a page cursor and the undated lane, and reports an unknown lane", () => {
    const { query, problems } = parseTimelineQuery({ place: "washington", after: "abc", lane: "undated" });
    expect(query).toEqual({ show: "news", place: "washington", after: "abc", lane: "undated" });
    expect(problems).toEqual([]);
    expect(parseTimelineQuery({ lane: "yearless" }).problems[0]).toContain("yearless");
  });

  it("writes them back, the cursor last", () => {
    expect(timelineHref({ show: "news", place: "washington", from: "2024", to: "2024", after: "abc" })).toBe(
      "/?place=washington&from=2024&to=2024&after=abc",
    );
  });
});

describe("timelineHref", () => {
  it("leaves out empty filters and the default mode", () => {
    expect(timelineHref({ show: "news" })).toBe("/");
    expect(timelineHref({ actor: "ilham-aliyev", show: "background", type: undefined })).toBe(
      "/?actor=ilham-aliyev&show=background",
    );
  });
});

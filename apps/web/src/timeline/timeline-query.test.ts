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
});

describe("timelineHref", () => {
  it("leaves out empty filters and the default mode", () => {
    expect(timelineHref({ show: "news" })).toBe("/");
    expect(timelineHref({ actor: "ilham-aliyev", show: "background", type: undefined })).toBe(
      "/?actor=ilham-aliyev&show=background",
    );
  });
});

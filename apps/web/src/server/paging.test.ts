// eachPage reads every page in order and lets other work run between pages (the store answers synchronously).
import { describe, expect, it } from "vitest";
import { eachPage, mapOfAll } from "./paging";

const listing = (pages: string[][]) => async (cursor: string | undefined) => {
  const i = cursor ? Number(cursor) : 0;
  return { items: pages[i]!, nextCursor: i + 1 < pages.length ? String(i + 1) : null };
};

describe("eachPage", () => {
  it("hands over every page in order, once", async () => {
    const seen: string[][] = [];
    await eachPage(listing([["a", "b"], ["c"], ["d", "e"]]), (items) => seen.push(items));
    expect(seen).toEqual([["a", "b"], ["c"], ["d", "e"]]);
  });

  it("lets a waiting callback run between two pages, not only after the last", async () => {
    const order: string[] = [];
    setImmediate(() => order.push("request"));
    await eachPage(listing([["1"], ["2"], ["3"]]), (items) => order.push(...items));
    expect(order.indexOf("request")).toBeGreaterThan(0);
    expect(order.indexOf("request")).toBeLessThan(order.length - 1);
  });
});

describe("mapOfAll", () => {
  it("keys every item of every page, a later page's item replacing an earlier one of the same key", async () => {
    const map = await mapOfAll(listing([["a1", "b1"], ["c1"], ["a2"]]), (item) => [item[0]!, item]);
    expect([...map]).toEqual([
      ["a", "a2"],
      ["b", "b1"],
      ["c", "c1"],
    ]);
  });
});

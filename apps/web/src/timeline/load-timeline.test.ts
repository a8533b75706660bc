// The time line's paging on the real seed KB (through the real store and router), with pages small enough that
// the seed's events do not fit one: the default window, the nearest earlier and later windows, pages, lanes.
import { createCaller, createContextInner } from "@dateline/api/root";
import { buildSeedKb, type SeedKb } from "@dateline/api/testing";
import { eventListItem } from "@dateline/core/schema";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTimeline, timelineRow } from "./load-timeline";
import type { TimelineQuery } from "./timeline-query";

let seed: SeedKb;
let store: Store;
let api: ReturnType<typeof createCaller>;
const news: TimelineQuery = { show: "news" };
const small = { pageSize: 5 };

beforeAll(async () => {
  seed = await buildSeedKb();
  store = await openSqliteStore(seed.path, { readonly: true });
  api = createCaller(createContextInner({ store, curationDir: `${seed.dir}/no-curation`, token: null }));
}, 120_000);

afterAll(async () => {
  await store?.close();
  seed?.cleanup();
});

describe("loadTimeline", () => {
  it("shows every event, in all three lanes, when they fit one page", async () => {
    const data = await loadTimeline(api, news, undefined, { pageSize: 500 });
    expect(data.mode).toBe("all");
    expect(data.events.some((e) => e.date === null)).toBe(true);
    expect(data.events.some((e) => e.date?.value.startsWith("--"))).toBe(true);
    expect(data.events.find((e) => e.id === "2023-11-27-call-antony-blinken-ilham-aliyev")?.conflicted).toBe(true);
  });

  it("gives each row what the time line prints of its event, read from the whole event", async () => {
    const data = await loadTimeline(api, { show: "all" }, undefined, { pageSize: 500 });
    const conflicted = new Set((await api.conflicts.list({ limit: 500 })).items.map((c) => c.eventId));
    expect(data.events.length).toBeGreaterThan(10);
    for (const row of data.events) {
      const { event: e } = await api.events.byId({ id: row.id });
      expect(row).toMatchObject({ title: e.title, type: e.type, status: e.status, background: e.background });
      expect(row.sources).toBe(new Set(e.reports.map((r) => r.articleId)).size);
      expect(row.conflicted).toBe(conflicted.has(e.id));
      expect(row.date?.value ?? null).toBe(e.date?.value ?? null);
      expect(row.date?.inferred ?? null).toBe(e.date?.inferred ?? null);
      expect(row.when).toBe(e.reports.find((r) => r.when)?.when?.text ?? null);
    }
    // The seed call is told "late on Monday" by the undated article, and three articles report it.
    const call = data.events.find((e) => e.id === "2023-11-27-call-antony-blinken-ilham-aliyev")!;
    expect(call.sources).toBeGreaterThanOrEqual(3);
    expect(data.events.some((e) => e.when !== null)).toBe(true);
  });

  it("counts every source of an event whose listing leaves reports out, and finds its words for the time", async () => {
    const kb = (await store.loadKnowledgeBase())!;
    const base = kb.events.find((e) => e.reports.length === 1)!;
    const own = base.reports[0]!;
    const articles = kb.articles.map((a) => a.id).filter((id) => id !== own.articleId);
    // Its own report, one from each of four other articles, and a second from the last: six reports, five sources.
    const others = articles.slice(0, 4);
    expect(others).toHaveLength(4);
    const tellings = [own, ...others.map((articleId) => ({ ...own, articleId })), { ...own, articleId: others[3]! }];
    const reports = tellings.map((r, i) =>
      i === 4
        ? { ...r, when: { text: "late on Monday", weekday: "Monday" as const, evidence: r.evidence[0]! } }
        : { ...r, when: null },
    );
    const item = eventListItem({ ...base, reports });
    expect(item.reports).toHaveLength(3);
    expect(item.reportCount).toBe(6);
    const row = timelineRow(item, new Set([base.id]));
    expect(row).toMatchObject({ id: base.id, sources: 5, when: "late on Monday", conflicted: true });
  });

  it("opens on the latest year in which something happened when they do not, with the ways to either side", async () => {
    const data = await loadTimeline(api, news, undefined, small);
    // 2024 holds only the planned independence of 1 January; 2023 is the latest year with an event that occurred.
    expect(data).toMatchObject({ mode: "window", defaulted: true, window: { from: "2023", to: "2023" } });
    expect(data.events).toHaveLength(5);
    expect(data.later).toEqual({ from: "2024", to: "2024" });
    const later = await loadTimeline(api, { ...news, ...data.later! }, undefined, small);
    expect(later.events.map((e) => e.id)).toEqual(["2024-01-01-independence-samvel-shahramanyan"]);
    expect(later.later).toBeNull();
    expect(later.earlier).toEqual({ from: "2023", to: "2023" });
  });

  it("pages through a long window and skips empty years to the nearest earlier and later ones", async () => {
    const first = await loadTimeline(api, { ...news, from: "2023", to: "2023" }, undefined, small);
    expect(first.events).toHaveLength(5);
    expect(first.nextCursor).not.toBeNull();
    // No news in 1992–2022: the earlier window is the one holding the 1991 operation.
    expect(first.earlier).toEqual({ from: "1991", to: "1991" });
    expect(first.later).toEqual({ from: "2024", to: "2024" });
    const second = await loadTimeline(
      api,
      { ...news, from: "2023", to: "2023", after: first.nextCursor! },
      undefined,
      small,
    );
    expect(second.events).toHaveLength(5);
    const ids = new Set(first.events.map((e) => e.id));
    expect(second.events.filter((e) => ids.has(e.id))).toEqual([]);
    expect(second.events.every((e) => e.date!.earliest! >= "2023-01-01")).toBe(true);
  });

  it("lists the events without a usable date on their own, year-unknown first", async () => {
    const data = await loadTimeline(api, { ...news, lane: "undated" }, undefined, { pageSize: 500 });
    expect(data.mode).toBe("undated");
    expect(data.events.every((e) => !e.date?.earliest)).toBe(true);
    const firstUndated = data.events.findIndex((e) => e.date === null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(data.events.slice(firstUndated).every((e) => e.date === null)).toBe(true);
  });

  it("remembers its navigation through the memo it is given", async () => {
    const keys: string[] = [];
    const memo = <T>(key: string, compute: () => Promise<T>) => {
      keys.push(key);
      return compute();
    };
    await loadTimeline(api, { ...news, from: "2023", to: "2023" }, memo, small);
    expect(keys.some((k) => k.startsWith("timeline:earlier:"))).toBe(true);
    expect(keys).toContain("conflicted-events");
  });
});

// The list of each tab: how to load a page of it and how to show one row.

import { plainSnippet } from "@dateline/core/snippet";
import type { ConflictItem, TuiApi } from "./api";
import { formatDate } from "./lines";

export const TABS = ["timeline", "events", "actors", "articles", "conflicts", "search"] as const;
export type TabId = (typeof TABS)[number];
export const TAB_LABELS: Record<TabId, string> = {
  timeline: "Timeline",
  events: "Events",
  actors: "Actors",
  articles: "Articles",
  conflicts: "Conflicts",
  search: "Search",
};

export type RowKind = "event" | "actor" | "article" | "conflict";

export interface Row {
  key: string;
  kind: RowKind;
  id: string;
  /** Left column (a date, a kind) and the main text. */
  left: string;
  text: string;
  flagged: boolean;
  /** Conflicts have no byId: the row carries the whole item. */
  conflict?: ConflictItem;
}

export interface RowPage {
  rows: Row[];
  next: string | null;
}

export interface Filters {
  actor?: string;
  type?: string;
  source?: string;
  from?: string;
  to?: string;
}

const PAGE = 200;

/** Reads `actor:pashinyan type:call from:2023-11` into filters; unknown keys are reported, not ignored. */
export function parseFilters(text: string): { filters: Filters; error: string | null } {
  const filters: Filters = {};
  for (const token of text.trim().split(/\s+/).filter(Boolean)) {
    const m = /^(actor|type|source|from|to):(.+)$/.exec(token);
    if (!m) return { filters, error: `'${token}' is not a filter (actor: type: source: from: to:)` };
    filters[m[1] as keyof Filters] = m[2]!;
  }
  return { filters, error: null };
}

export function describeFilters(f: Filters): string {
  return Object.entries(f)
    .map(([k, v]) => `${k}:${v}`)
    .join(" ");
}

export async function loadRows(
  api: TuiApi,
  tab: TabId,
  opts: { cursor?: string; filters: Filters; query: string; conflicted: Set<string> },
): Promise<RowPage> {
  const { cursor, filters } = opts;
  switch (tab) {
    case "timeline":
    case "events": {
      const page = await api.events({
        ...filters,
        type: filters.type as never,
        ...(tab === "timeline" ? { background: false } : {}),
        limit: PAGE,
        cursor,
      });
      return {
        next: page.nextCursor,
        rows: page.items.map((e) => ({
          key: e.id,
          kind: "event",
          id: e.id,
          left: tab === "timeline" ? formatDate(e.date) : e.type,
          text: `${e.background ? "[bg] " : ""}${e.title}${tab === "events" ? ` · ${formatDate(e.date)}` : ""} (${e.sourceCount} src)`,
          flagged: opts.conflicted.has(e.id),
        })),
      };
    }
    case "actors": {
      const page = await api.actors({ limit: PAGE, cursor });
      return {
        next: page.nextCursor,
        rows: page.items.map((a) => ({
          key: a.id,
          kind: "actor",
          id: a.id,
          left: a.kind,
          text: `${a.name}${a.aliases.length > 1 ? ` (${a.aliases.length} names)` : ""}`,
          flagged: false,
        })),
      };
    }
    case "articles": {
      const page = await api.articles({ limit: PAGE, cursor });
      return {
        next: page.nextCursor,
        rows: page.items.map((a) => ({
          key: a.id,
          kind: "article",
          id: a.id,
          left: a.published?.value ?? "undated",
          text: `${a.title ?? a.id}${a.outlet ? ` — ${a.outlet}` : ""}`,
          flagged: false,
        })),
      };
    }
    case "conflicts": {
      const page = await api.conflicts({ limit: PAGE, cursor });
      return {
        next: page.nextCursor,
        rows: page.items.map((c) => ({
          key: c.id,
          kind: "conflict",
          id: c.id,
          left: c.field,
          text: c.summary,
          flagged: true,
          conflict: c,
        })),
      };
    }
    case "search": {
      if (opts.query.trim() === "") return { rows: [], next: null };
      const hits = await api.search(opts.query);
      return {
        next: null,
        rows: hits.map((h) => ({
          key: `${h.kind}:${h.id}`,
          kind: h.kind,
          id: h.id,
          left: h.kind,
          text: `${h.title} — ${plainSnippet(h.snippet)}`,
          flagged: false,
        })),
      };
    }
  }
}

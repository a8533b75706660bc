// The TUI: tabs over the knowledge base, a list pane and a detail pane, driven from the keyboard.
import { Box, type Key, Text, useApp, useStdout } from "ink";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TuiApi } from "./api";
import { HelpOverlay } from "./help-overlay";
import { actorLines, articleLines, conflictLines, eventLines, type Line } from "./lines";
import { LinesView } from "./lines-view";
import { ListPane } from "./list-pane";
import { describeFilters, type Filters, loadRows, parseFilters, type Row, TAB_LABELS, TABS, type TabId } from "./rows";
import { useKeyState } from "./use-key-state";
import { useLatestInput } from "./use-latest-input";
import { useTerminalSize } from "./use-terminal-size";

export interface AppProps {
  api: TuiApi;
  /** Colourless terminal (NO_COLOR): selection and spans get marks instead of colours. */
  mono: boolean;
  initialTab?: TabId;
}

type Mode = "normal" | "search" | "filter";
type Focus = "list" | "detail";

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

export function App({ api, mono, initialTab = "timeline" }: AppProps) {
  const { exit } = useApp();
  const { columns, rows: height } = useTerminalSize(useStdout().stdout);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [rows, setRows] = useState<Row[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  // Read by the key handler through refs, so type-ahead sees what the previous key set (see use-key-state).
  const [focus, setFocus, focusRef] = useKeyState<Focus>("list");
  const [mode, enterMode, modeRef] = useKeyState<Mode>("normal");
  const [help, setHelp, helpRef] = useKeyState(false);
  const [query, setQuery] = useState("");
  const [filterText, setFilterText] = useState("");
  const [filters, setFilters] = useState<Filters>({});
  const [status, setStatus] = useState<string | null>(null);
  const [detail, setDetail] = useState<Line[]>([]);
  const [detailOffset, setDetailOffset] = useState(0);
  // What the rows on screen answer (tab, filters, query): until it is the current one, the list says "loading…" in
  // the very frame that shows a new filter, never a count of old rows under the new filter's name.
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const conflicted = useRef(new Set<string>());

  const wide = columns >= 110;
  const listWidth = wide ? Math.floor(columns * 0.45) : columns;
  const detailWidth = wide ? columns - listWidth - 3 : columns - 2;
  const bodyHeight = Math.max(5, height - 4);
  const row = rows[selected];

  // The conflicted events, once, so lists can flag them.
  useEffect(() => {
    api.conflicts({ limit: 500 }).then(
      (page) => {
        conflicted.current = new Set(page.items.map((c) => c.eventId));
      },
      () => undefined,
    );
  }, [api]);

  // The list of the current tab (first page), again when the filters or the search change.
  const listKey = JSON.stringify([tab, filters, query]);
  const loading = loadedKey !== listKey;
  useEffect(() => {
    let live = true;
    const key = JSON.stringify([tab, filters, query]);
    const delay = tab === "search" ? 120 : 0; // search as you type, without a query per keystroke
    const timer = setTimeout(() => {
      loadRows(api, tab, { filters, query, conflicted: conflicted.current }).then(
        (page) => {
          if (!live) return;
          setRows(page.rows);
          setNext(page.next);
          setSelected(0);
          setStatus(null);
          setLoadedKey(key);
        },
        (error) => {
          if (!live) return;
          setRows([]);
          setStatus(errorText(error));
          setLoadedKey(key);
        },
      );
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, tab, filters, query]);

  // More rows when the selection nears the end of what is loaded.
  useEffect(() => {
    if (!next || selected < rows.length - 20) return;
    let live = true;
    loadRows(api, tab, { cursor: next, filters, query, conflicted: conflicted.current }).then(
      (page) => {
        if (!live) return;
        setRows((old) => [...old, ...page.rows]);
        setNext(page.next);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, tab, filters, query, next, selected, rows.length]);

  // The detail of the selected row, only while a detail pane is on screen: on a narrow terminal it loads on enter,
  // so moving through a list never waits for details nobody sees.
  const detailShown = wide || focus === "detail";
  useEffect(() => {
    setDetailOffset(0);
    if (!row || !detailShown) {
      setDetail([]);
      return;
    }
    let live = true;
    const build = async (): Promise<Line[]> => {
      if (row.kind === "event") return eventLines(await api.event(row.id), detailWidth);
      if (row.kind === "actor") return actorLines(await api.actor(row.id), detailWidth);
      if (row.kind === "article") return articleLines(await api.article(row.id), detailWidth, mono);
      return row.conflict ? conflictLines(row.conflict, detailWidth) : [];
    };
    build().then(
      (lines) => live && setDetail(lines),
      (error) => live && setDetail([[{ text: `cannot open ${row.id}: ${errorText(error)}`, style: "warn" }]]),
    );
    return () => {
      live = false;
    };
  }, [api, row, detailWidth, mono, detailShown]);

  const switchTab = useCallback(
    (to: TabId) => {
      setTab(to);
      setFocus("list");
      setHelp(false);
    },
    [setFocus, setHelp],
  );

  const move = (delta: number) => {
    if (focusRef.current === "detail") {
      setDetailOffset((o) => Math.max(0, Math.min(Math.max(0, detail.length - bodyHeight), o + delta)));
    } else {
      setSelected((s) => Math.max(0, Math.min(rows.length - 1, s + delta)));
    }
  };

  // Keys can arrive faster than renders: the typed text lives in a ref too, so no character is lost.
  const typed = useRef({ search: "", filter: "" });
  const edit = (which: "search" | "filter", change: (v: string) => string) => {
    typed.current[which] = change(typed.current[which]);
    (which === "search" ? setQuery : setFilterText)(typed.current[which]);
  };

  const typeKey = (input: string, key: Key) => {
    const which = modeRef.current === "search" ? "search" : "filter";
    if (key.escape) return enterMode("normal");
    if (key.backspace || key.delete) return edit(which, (v) => v.slice(0, -1));
    if (key.return) {
      enterMode("normal");
      if (which === "filter") {
        const parsed = parseFilters(typed.current.filter);
        if (parsed.error) setStatus(parsed.error);
        else {
          setFilters(parsed.filters);
          if (tab !== "timeline" && tab !== "events") setTab("events");
        }
      }
      return;
    }
    if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow) edit(which, (v) => v + input);
  };

  useLatestInput((input, key) => {
    if (modeRef.current !== "normal") return typeKey(input, key);
    if (helpRef.current) {
      setHelp(false);
      return;
    }
    if (input === "q") return exit();
    if (input === "?") return setHelp(true);
    if (input === "/") {
      setTab("search");
      enterMode("search");
      setFocus("list");
      return;
    }
    if (input === "f") {
      edit("filter", () => describeFilters(filters));
      enterMode("filter");
      return;
    }
    const n = Number(input);
    if (n >= 1 && n <= TABS.length) return switchTab(TABS[n - 1]!);
    if (key.tab) return setFocus((f) => (f === "list" && row ? "detail" : "list"));
    if (key.return) return row && setFocus("detail");
    if (key.escape || key.backspace || key.delete) {
      if (focusRef.current === "detail") return setFocus("list");
      if (Object.keys(filters).length) return setFilters({});
      return;
    }
    if (key.downArrow || input === "j") return move(1);
    if (key.upArrow || input === "k") return move(-1);
    if (key.pageDown || input === " ") return move(bodyHeight - 1);
    if (key.pageUp) return move(-(bodyHeight - 1));
    const inDetail = focusRef.current === "detail";
    if (input === "g") return inDetail ? setDetailOffset(0) : setSelected(0);
    if (input === "G") return inDetail ? move(detail.length) : setSelected(Math.max(0, rows.length - 1));
    if (!inDetail && (key.rightArrow || input === "l")) return switchTab(TABS[(TABS.indexOf(tab) + 1) % TABS.length]!);
    if (!inDetail && (key.leftArrow || input === "h")) {
      return switchTab(TABS[(TABS.indexOf(tab) + TABS.length - 1) % TABS.length]!);
    }
  });

  const tabs = useMemo(
    () =>
      TABS.map((t, i) => {
        const active = t === tab;
        const label = `${i + 1} ${TAB_LABELS[t]}`;
        return (
          <Text key={t} bold={active} inverse={active && !mono} dimColor={!active}>
            {mono && active ? `[${label}]` : ` ${label} `}
          </Text>
        );
      }),
    [tab, mono],
  );

  const showList = wide || focus === "list";
  const showDetail = wide || focus === "detail";
  // Filters narrow the event lists only; other tabs do not claim them.
  const filterLine = tab === "timeline" || tab === "events" ? describeFilters(filters) : "";

  return (
    <Box flexDirection="column" width={columns} height={height}>
      <Box>
        <Text bold>Dateline </Text>
        {tabs}
      </Box>
      <Box>
        {mode === "search" ? (
          <Text>
            search: {query}
            <Text inverse> </Text>
            {query ? "" : <Text dimColor> words, a “phrase”, pre* (enter to keep, esc to stop)</Text>}
          </Text>
        ) : mode === "filter" ? (
          <Text>
            filter: {filterText}
            <Text inverse> </Text>
            {filterText ? "" : <Text dimColor> actor:nikol-pashinyan type:call source:ID from:2023-11 to:2023-12</Text>}
          </Text>
        ) : (
          <Text dimColor wrap="truncate">
            {status ??
              `${loading ? "loading… " : ""}${rows.length}${next ? "+" : ""} ${TAB_LABELS[tab].toLowerCase()}${filterLine ? ` · filter ${filterLine}` : ""}${tab === "search" && query ? ` · “${query}”` : ""}`}
          </Text>
        )}
      </Box>
      {help ? (
        <HelpOverlay />
      ) : (
        <Box flexDirection="row" height={bodyHeight}>
          {showList && (
            <ListPane
              rows={rows}
              selected={selected}
              width={listWidth}
              height={bodyHeight}
              focused={focus === "list"}
              mono={mono}
            />
          )}
          {wide && <Text> </Text>}
          {showDetail && (
            <LinesView
              lines={detail}
              offset={detailOffset}
              width={detailWidth}
              height={bodyHeight}
              focused={focus === "detail"}
              mono={mono}
            />
          )}
        </Box>
      )}
      <Text dimColor wrap="truncate">
        {focus === "detail"
          ? "j/k scroll · esc back · tab list"
          : "j/k move · enter open · / search · f filter · 1-6 tabs · ? help · q quit"}
      </Text>
    </Box>
  );
}

// A time axis with breaks: linear inside each stretch of dated events, with a marked gap between stretches.
import { MONTH_ABBREVIATIONS as MONTHS } from "@dateline/core/dates";

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day. */
export function dayNumber(isoDay: string): number {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days [start, end), end exclusive, so a single day has length 1. */
export interface Interval {
  start: number;
  end: number;
}

/** A stretch of the axis: its days, and where it sits on the track in percent. */
export interface Segment extends Interval {
  /** The first day of the data, inside the margin: its year names the stretch. */
  first: number;
  x: number;
  width: number;
}

export interface Tick {
  x: number;
  label: string;
  /** The first tick of a segment carries the year, so that every stretch is dated on its own. */
  major: boolean;
}

export interface Axis {
  segments: Segment[];
  ticks: Tick[];
  /** Where an interval lies on the track, in percent (width at least a hair, so a day is visible). */
  place(interval: Interval): { x: number; width: number } | null;
}

export interface AxisOptions {
  /** Intervals closer than this many days share a stretch; farther apart, the axis breaks between them. */
  gapDays?: number;
  /** Share of the track each break takes. */
  breakShare?: number;
  /** No stretch is narrower than this share of the track, so a lone year in 1991 stays readable. */
  minShare?: number;
}

/** Stretches of days that hold the intervals: overlapping or near ones merge, short ones get a margin. */
export function stretches(intervals: readonly Interval[], gapDays: number): (Interval & { first: number })[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: (Interval & { first: number })[] = [];
  for (const { start, end } of sorted) {
    const last = out.at(-1);
    if (last && start <= last.end + gapDays) last.end = Math.max(last.end, end);
    else out.push({ start, end, first: start });
  }
  for (const s of out) {
    // A margin of a few days keeps a point on the first or last day off the edge of its stretch.
    const margin = Math.max(2, Math.round((s.end - s.start) * 0.03));
    s.start -= margin;
    s.end += margin;
  }
  return out;
}

function ticksFor(seg: Segment): Tick[] {
  const days = seg.end - seg.start;
  const at = (day: number) => seg.x + ((day - seg.start) / days) * seg.width;
  const ticks: Tick[] = [];
  const first = new Date(seg.start * DAY_MS);
  if (days <= 75) {
    // Weekly, on Mondays.
    let day = seg.start + ((8 - first.getUTCDay()) % 7);
    for (; day < seg.end; day += 7) {
      const d = new Date(day * DAY_MS);
      ticks.push({ x: at(day), label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`, major: false });
    }
  } else if (days <= 800) {
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth() + 1;
    const step = days > 400 ? 3 : 1;
    for (;;) {
      if (m > 11) {
        y += Math.floor(m / 12);
        m %= 12;
      }
      const day = Math.round(Date.UTC(y, m, 1) / DAY_MS);
      if (day >= seg.end) break;
      ticks.push({ x: at(day), label: m === 0 ? String(y) : MONTHS[m]!, major: false });
      m += step;
    }
  } else {
    const years = days / 365;
    const step = years > 40 ? 10 : years > 12 ? 5 : 1;
    let y = first.getUTCFullYear() + 1;
    y = Math.ceil(y / step) * step;
    for (; ; y += step) {
      const day = Math.round(Date.UTC(y, 0, 1) / DAY_MS);
      if (day >= seg.end) break;
      ticks.push({ x: at(day), label: String(y), major: false });
    }
  }
  // A label in the stretch's closing margin would crowd the next stretch's year across the break.
  const end = seg.x + seg.width - 2;
  for (let i = ticks.length - 1; i >= 0; i--) if (ticks[i]!.x > end) ticks.splice(i, 1);
  // The start of every stretch is labelled with its year, so a reader never guesses which year a week is in.
  ticks.unshift({ x: seg.x, label: String(new Date(seg.first * DAY_MS).getUTCFullYear()), major: true });
  return ticks;
}

/** Drops ticks that would print over one another; a stretch's year label wins over a month beside it. */
export function spaceTicks(ticks: readonly Tick[], minGap = 3.5): Tick[] {
  const kept: Tick[] = [];
  for (const t of [...ticks].sort((a, b) => a.x - b.x || Number(b.major) - Number(a.major))) {
    const last = kept.at(-1);
    if (!last || t.x - last.x >= minGap) kept.push(t);
    else if (t.major && !last.major) kept[kept.length - 1] = t;
  }
  return kept;
}

/** Cuts intervals to a window (the from/to filter), so a year-long band does not squeeze the days asked for. */
export function clip(interval: Interval, window: Partial<Interval>): Interval & { clipped: boolean } {
  const start = Math.max(interval.start, window.start ?? -Infinity);
  const end = Math.min(interval.end, window.end ?? Infinity);
  return { start, end: Math.max(end, start + 1), clipped: start !== interval.start || end !== interval.end };
}

export function buildAxis(intervals: readonly Interval[], options: AxisOptions = {}): Axis {
  const { gapDays = 120, breakShare = 0.03, minShare = 0.1 } = options;
  const parts = stretches(intervals, gapDays);
  const total = parts.reduce((n, p) => n + (p.end - p.start), 0);
  const usable = 100 - breakShare * 100 * Math.max(0, parts.length - 1);
  const weights = parts.map((p) => Math.max(p.end - p.start, total * minShare));
  const sum = weights.reduce((a, b) => a + b, 0);
  let x = 0;
  const segments: Segment[] = parts.map((p, i) => {
    const width = (weights[i]! / sum) * usable;
    const seg = { ...p, x, width };
    x += width + breakShare * 100;
    return seg;
  });
  const place = ({ start, end }: Interval) => {
    const seg = segments.find((s) => start >= s.start && start < s.end);
    if (!seg) return null;
    const scale = seg.width / (seg.end - seg.start);
    const from = seg.x + (start - seg.start) * scale;
    const to = seg.x + (Math.min(end, seg.end) - seg.start) * scale;
    return { x: from, width: Math.max(to - from, 0.4) };
  };
  return { segments, ticks: spaceTicks(segments.flatMap(ticksFor)), place };
}

/** The axis of a year whose number is unknown (a leap year, so 29 Feb has a place): day-of-year positions. */
export function yearlessPlace(value: string): { x: number; width: number } | null {
  const m = /^--(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const month = Number(m[1]);
  const start = dayNumber(`2000-${m[1]}-${m[2] ?? "01"}`) - dayNumber("2000-01-01");
  const days = m[2] ? 1 : new Date(Date.UTC(2000, month, 0)).getUTCDate();
  return { x: (start / 366) * 100, width: Math.max((days / 366) * 100, 0.4) };
}

export const YEARLESS_TICKS: Tick[] = MONTHS.map((label, i) => ({
  x: ((dayNumber(`2000-${String(i + 1).padStart(2, "0")}-01`) - dayNumber("2000-01-01")) / 366) * 100,
  label,
  major: false,
}));

// The time line: dated events on a broken linear axis, then the year-unknown lane, then the undated lane.

import { partialDate } from "@dateline/core/dates";
import { dateLabel, plural, precisionLabel } from "../format";
import type { TimelineRow } from "./load-timeline";
import { buildAxis, clip, dayNumber, type Interval, type Tick, YEARLESS_TICKS, yearlessPlace } from "./time-axis";
import { PlainRows, type RowView, TrackRows } from "./timeline-rows";

export interface TimelineProps {
  events: readonly TimelineRow[];
  /** The from/to filter: the axis shows this window, and longer bands are cut at its edges. */
  from?: string | undefined;
  to?: string | undefined;
  /** Which lanes to draw: a date window holds only dated events; the undated page only the others. */
  lanes?: "all" | "dated" | "undated";
}

function windowOf(from?: string, to?: string): Partial<Interval> {
  const start = from ? partialDate(from).earliest : null;
  const end = to ? partialDate(to).latest : null;
  return { start: start ? dayNumber(start) : undefined, end: end ? dayNumber(end) + 1 : undefined };
}

const intervalOf = (e: TimelineRow) =>
  e.date?.earliest && e.date.latest ? { start: dayNumber(e.date.earliest), end: dayNumber(e.date.latest) + 1 } : null;

function Ticks({ ticks, caption }: { ticks: readonly Tick[]; caption: string }) {
  return (
    <div className="tl-row tl-axis" aria-hidden="true">
      <div className="tl-label">{caption}</div>
      <div className="tl-track">
        {ticks.map((t) => (
          <span key={`${t.x}-${t.label}`} className={t.major ? "tick tick-major" : "tick"} style={{ left: `${t.x}%` }}>
            {t.label}
          </span>
        ))}
      </div>
    </div>
  );
}

// Thousandths of a percent are finer than any screen; the full float is only longer to ship.
const pct = (x: number) => Math.round(x * 1000) / 1000;

/** A row's labels, worked out here so that the row component gets only what it prints. */
function rowView(
  e: TimelineRow,
  place: { x: number; width: number } | null,
  { clipped = false, when = false }: { clipped?: boolean; when?: boolean } = {},
): RowView {
  const precision = e.date?.precision ?? "none";
  return {
    id: e.id,
    title: e.title,
    date: dateLabel(e.date),
    precision,
    meaning: precisionLabel(e.date),
    inferred: e.date?.inferred ?? false,
    background: e.background,
    conflicted: e.conflicted,
    meta: `${e.type}${e.status !== "occurred" ? ` · ${e.status}` : ""} · ${plural(e.sources, "source")}`,
    when: when ? e.when : null,
    mark: place
      ? {
          x: pct(place.x),
          ...(precision === "day" ? {} : { width: pct(place.width) }),
          ...(clipped ? { clipped } : {}),
        }
      : null,
  };
}

export function TimelineView({ events, from, to, lanes = "all" }: TimelineProps) {
  const window = windowOf(from, to);
  const dated = events.filter((e) => intervalOf(e) !== null);
  const yearless = events.filter((e) => e.date && !e.date.earliest);
  const undated = events.filter((e) => !e.date);
  const spans = new Map(dated.map((e) => [e.id, clip(intervalOf(e)!, window)]));
  const axis = buildAxis([...spans.values()]);
  const breaks = axis.segments.slice(1).map((s) => pct(s.x));
  return (
    <div className="timeline">
      {lanes !== "undated" ? (
        <section aria-labelledby="lane-dated" className="tl-lane">
          <h2 id="lane-dated">Dated ({dated.length})</h2>
          <p className="hint">
            A day is a point, a month or a year a band as wide as it is; hatched marks are inferred dates. Zigzags mark
            where the axis skips years.
          </p>
          {dated.length > 0 ? (
            <ol className="tl-rows">
              <li className="tl-sticky">
                <Ticks ticks={axis.ticks} caption="date · event" />
              </li>
              <TrackRows
                rows={dated.map((e) => rowView(e, axis.place(spans.get(e.id)!), { clipped: spans.get(e.id)!.clipped }))}
                breaks={breaks}
              />
            </ol>
          ) : (
            <p className="empty">No dated events match.</p>
          )}
        </section>
      ) : null}
      {lanes !== "dated" ? (
        <>
          <section aria-labelledby="lane-yearless" className="tl-lane">
            <h2 id="lane-yearless">Year unknown ({yearless.length})</h2>
            <p className="hint">The articles give a day or month but no year: placed on a January–December axis.</p>
            {yearless.length > 0 ? (
              <ol className="tl-rows">
                <li className="tl-sticky">
                  <Ticks ticks={YEARLESS_TICKS} caption="month · event" />
                </li>
                <TrackRows rows={yearless.map((e) => rowView(e, yearlessPlace(e.date!.value)))} breaks={[]} />
              </ol>
            ) : (
              <p className="empty">None.</p>
            )}
          </section>
          <section aria-labelledby="lane-undated" className="tl-lane">
            <h2 id="lane-undated">Undated ({undated.length})</h2>
            <p className="hint">No date can be read from the articles; the words they use for the time are quoted.</p>
            {undated.length > 0 ? (
              <ul className="tl-undated">
                <PlainRows rows={undated.map((e) => rowView(e, null, { when: true }))} />
              </ul>
            ) : (
              <p className="empty">None.</p>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}

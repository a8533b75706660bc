// The time line: dated events on a broken linear axis, then the year-unknown lane, then the undated lane.

import { partialDate } from "@dateline/core/dates";
import type { Event } from "@dateline/core/schema";
import Link from "next/link";
import type { CSSProperties } from "react";
import { dateLabel, plural, precisionLabel } from "../format";
import {
  type Axis,
  buildAxis,
  clip,
  dayNumber,
  type Interval,
  type Tick,
  YEARLESS_TICKS,
  yearlessPlace,
} from "./time-axis";

export interface TimelineProps {
  events: Event[];
  /** Event ids with at least one conflict. */
  conflicted: ReadonlySet<string>;
  /** Words an undated event is told with ("late on Monday"), by event id. */
  whenWords: ReadonlyMap<string, string>;
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

const intervalOf = (e: Event) =>
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

function Breaks({ axis }: { axis: Axis }) {
  return axis.segments
    .slice(1)
    .map((s) => <span key={s.x} className="tl-break" style={{ left: `${s.x}%` }} title="the axis skips time here" />);
}

function EventLabel({ event, conflicted, when }: { event: Event; conflicted: boolean; when?: string | undefined }) {
  return (
    <div className="tl-label">
      <time className={`tl-date precision-${event.date?.precision ?? "none"}`} title={precisionLabel(event.date)}>
        {dateLabel(event.date)}
        {event.date?.inferred ? <span className="inferred"> (inferred)</span> : null}
      </time>{" "}
      <Link href={`/events/${event.id}`} className="tl-title">
        {conflicted ? (
          <span className="flag" title="the sources disagree">
            ⚑{" "}
          </span>
        ) : null}
        {event.title}
      </Link>
      <span className="tl-meta">
        {event.type}
        {event.status !== "occurred" ? ` · ${event.status}` : ""} · {plural(event.reports.length, "source")}
        {event.background ? <span className="badge">background</span> : null}
        {when ? <span className="when"> · “{when}”</span> : null}
      </span>
    </div>
  );
}

function Mark({
  place,
  event,
  clipped,
}: {
  place: { x: number; width: number } | null;
  event: Event;
  clipped?: boolean;
}) {
  if (!place) return null;
  const precision = event.date?.precision ?? "day";
  const style: CSSProperties = { left: `${place.x}%`, width: precision === "day" ? undefined : `${place.width}%` };
  return (
    <span
      className={`mark mark-${precision}${event.date?.inferred ? " mark-inferred" : ""}${event.background ? " mark-background" : ""}${clipped ? " mark-clipped" : ""}`}
      style={style}
      title={`${dateLabel(event.date)}: ${precisionLabel(event.date)}`}
    />
  );
}

export function TimelineView({ events, conflicted, whenWords, from, to, lanes = "all" }: TimelineProps) {
  const window = windowOf(from, to);
  const dated = events.filter((e) => intervalOf(e) !== null);
  const yearless = events.filter((e) => e.date && !e.date.earliest);
  const undated = events.filter((e) => !e.date);
  const spans = new Map(dated.map((e) => [e.id, clip(intervalOf(e)!, window)]));
  const axis = buildAxis([...spans.values()]);
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
              {dated.map((e) => (
                <li key={e.id} className="tl-row" data-event={e.id}>
                  <EventLabel event={e} conflicted={conflicted.has(e.id)} />
                  <div className="tl-track">
                    <Breaks axis={axis} />
                    <Mark place={axis.place(spans.get(e.id)!)} event={e} clipped={spans.get(e.id)!.clipped} />
                  </div>
                </li>
              ))}
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
                {yearless.map((e) => (
                  <li key={e.id} className="tl-row" data-event={e.id}>
                    <EventLabel event={e} conflicted={conflicted.has(e.id)} />
                    <div className="tl-track">
                      <Mark place={yearlessPlace(e.date!.value)} event={e} />
                    </div>
                  </li>
                ))}
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
                {undated.map((e) => (
                  <li key={e.id} data-event={e.id}>
                    <EventLabel event={e} conflicted={conflicted.has(e.id)} when={whenWords.get(e.id)} />
                  </li>
                ))}
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

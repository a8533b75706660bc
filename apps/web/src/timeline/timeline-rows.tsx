"use client";
// The rows of a time-line lane, drawn from plain values the server worked out (labels, places on the axis).
// A client component so that the page's RSC payload carries each row as a few strings and numbers, not as
// the tree of elements a server component would ship beside the same HTML; it uses no state and no effects,
// so without JavaScript the server's HTML is the whole of it.
import Link from "next/link";

export interface RowView {
  id: string;
  title: string;
  /** "Mon 1 Jan 2024", "Nov 2023", "undated". */
  date: string;
  /** day | month | year | decade | none: the date's class, its mark's shape. */
  precision: string;
  /** What the precision means: "a month, inferred". */
  meaning: string;
  inferred: boolean;
  background: boolean;
  conflicted: boolean;
  /** Type, status unless it occurred, and the number of sources: "call · planned · 3 sources". */
  meta: string;
  /** The time words of an undated event. */
  when: string | null;
  /** Where the mark sits on the track, in percent (width omitted for a day, a point); null: no mark. */
  mark: { x: number; width?: number; clipped?: boolean } | null;
}

function Label({ row }: { row: RowView }) {
  return (
    <div className="tl-label">
      <time className={`tl-date precision-${row.precision}`} title={row.meaning}>
        {row.date}
        {row.inferred ? <span className="inferred"> (inferred)</span> : null}
      </time>{" "}
      {/* Not prefetched: each row in view would have the server render its event page (a screenful is a dozen). */}
      <Link href={`/events/${row.id}`} className="tl-title" prefetch={false}>
        {row.conflicted ? (
          <span className="flag" title="the sources disagree">
            ⚑{" "}
          </span>
        ) : null}
        {row.title}
      </Link>
      <span className="tl-meta">
        {row.meta}
        {row.background ? <span className="badge">background</span> : null}
        {row.when ? <span className="when"> · “{row.when}”</span> : null}
      </span>
    </div>
  );
}

function Mark({ row }: { row: RowView }) {
  const { mark } = row;
  if (!mark) return null;
  const cls = ["mark", `mark-${row.precision === "none" ? "day" : row.precision}`];
  if (row.inferred) cls.push("mark-inferred");
  if (row.background) cls.push("mark-background");
  if (mark.clipped) cls.push("mark-clipped");
  return (
    <span
      className={cls.join(" ")}
      style={{ left: `${mark.x}%`, width: mark.width === undefined ? undefined : `${mark.width}%` }}
      title={`${row.date}: ${row.meaning}`}
    />
  );
}

/** Rows on a track; `breaks` are where the axis skips time (percent), drawn in every row. */
export function TrackRows({ rows, breaks }: { rows: readonly RowView[]; breaks: readonly number[] }) {
  return rows.map((row) => (
    <li key={row.id} className="tl-row" data-event={row.id}>
      <Label row={row} />
      <div className="tl-track">
        {breaks.map((x) => (
          <span key={x} className="tl-break" style={{ left: `${x}%` }} title="the axis skips time here" />
        ))}
        <Mark row={row} />
      </div>
    </li>
  ));
}

/** Rows without a track (undated events). */
export function PlainRows({ rows }: { rows: readonly RowView[] }) {
  return rows.map((row) => (
    <li key={row.id} data-event={row.id}>
      <Label row={row} />
    </li>
  ));
}

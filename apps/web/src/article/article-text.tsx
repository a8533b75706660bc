// Verbatim article text as React text nodes around highlighted spans; each span anchored as evidence-<start>-<end>.
import Link from "next/link";
import type { ReactNode } from "react";
import { buildSpanTree, type HighlightKind, type Piece, piecesOf, type SpanInput, type SpanNode } from "./span-tree";

/** Where a span of this kind links: its actor, place or event page; null for kinds without a page. */
export type HrefOf = (kind: HighlightKind, targetId: string) => string | null;

export const kbHref: HrefOf = (kind, id) => {
  if (kind === "actor" || kind === "role") return `/actors/${encodeURIComponent(id)}`;
  if (kind === "event" || kind === "date" || kind === "framing") return `/events/${encodeURIComponent(id)}`;
  if (kind === "place") return `/places/${encodeURIComponent(id)}`;
  return null;
};

export interface ArticleTextProps {
  text: string;
  spans: readonly SpanInput[];
  hrefOf?: HrefOf;
  /** Names for targets, shown as a tooltip ("actor: Antony Blinken"). */
  nameOf?: (kind: HighlightKind, targetId: string) => string | undefined;
}

/** The innermost span with a page decides where a word links, so links never nest. */
function hrefFor(node: SpanNode, hrefOf: HrefOf): string | null {
  for (const m of [...node.marks].sort((a, b) => (a.kind === "actor" ? -1 : b.kind === "actor" ? 1 : 0))) {
    const href = hrefOf(m.kind, m.targetId);
    if (href) return href;
  }
  return null;
}

function render(
  pieces: readonly Piece[],
  props: Required<Pick<ArticleTextProps, "hrefOf">> & ArticleTextProps,
  href: string | null,
): ReactNode[] {
  return pieces.map((p) => {
    if ("text" in p) {
      return href ? (
        <Link key={`t${p.start}`} href={href} prefetch={false}>
          {p.text}
        </Link>
      ) : (
        p.text
      );
    }
    const { node } = p;
    const kinds = [...new Set(node.marks.map((m) => m.kind))];
    const title = node.marks
      .map((m) => `${m.kind}: ${props.nameOf?.(m.kind, m.targetId) ?? m.targetId}`)
      .filter((t, i, all) => all.indexOf(t) === i)
      .join("\n");
    return (
      <span
        key={`s${node.start}-${node.end}`}
        id={node.anchor ? `evidence-${node.start}-${node.end}` : undefined}
        className={`hl ${kinds.map((k) => `hl-${k}`).join(" ")}`}
        title={title}
        data-kinds={kinds.join(" ")}
      >
        {render(p.pieces, props, hrefFor(node, props.hrefOf) ?? href)}
      </span>
    );
  });
}

export function ArticleText(props: ArticleTextProps) {
  const hrefOf = props.hrefOf ?? kbHref;
  const tree = buildSpanTree(props.spans, props.text.length);
  return <div className="article-text">{render(piecesOf(props.text, tree), { ...props, hrefOf }, null)}</div>;
}

export const LEGEND: [HighlightKind, string][] = [
  ["event", "event evidence"],
  ["date", "date"],
  ["actor", "actor"],
  ["role", "role"],
  ["place", "place"],
  ["quote", "quote"],
  ["figure", "figure"],
  ["framing", "framing"],
];

export function Legend() {
  return (
    <ul className="legend" aria-label="Highlight colours">
      {LEGEND.map(([kind, label]) => (
        <li key={kind}>
          <span className={`hl hl-${kind}`}>{label}</span>
        </li>
      ))}
    </ul>
  );
}

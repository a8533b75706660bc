// Article text as a tree of highlighted spans: nested where spans nest, split where they cross, text kept verbatim.
export type HighlightKind = "event" | "quote" | "date" | "figure" | "framing" | "actor" | "role" | "place" | "meta";

export interface SpanInput {
  start: number;
  end: number;
  kind: string;
  targetId: string;
}

export interface SpanNode {
  start: number;
  end: number;
  /** Every span with exactly these offsets (an event's evidence may also be a quote). */
  marks: { kind: HighlightKind; targetId: string }[];
  /** False for the second and later pieces of a span cut by one it crosses; only the first piece is the anchor. */
  anchor: boolean;
  children: SpanNode[];
}

/** Spans that links land on go in first, so that they stay whole and the smaller ones are cut to fit them. */
const PRIORITY: Record<HighlightKind, number> = {
  event: 0,
  quote: 1,
  date: 2,
  figure: 3,
  framing: 4,
  actor: 5,
  place: 5,
  role: 6,
  meta: 7,
};

const isKind = (k: string): k is HighlightKind => k in PRIORITY;

function insert(siblings: SpanNode[], node: SpanNode): void {
  const { start, end } = node;
  for (const s of siblings) {
    if (s.start <= start && end <= s.end) {
      if (s.start === start && s.end === end) {
        s.marks.push(...node.marks);
        return;
      }
      insert(s.children, node);
      return;
    }
  }
  // Cut at the edges of siblings it crosses: the part inside one goes into it, the rest adopts what it covers.
  const crossing = siblings.find((s) => s.start < end && start < s.end && (s.start < start || s.end > end));
  if (crossing) {
    const cut = crossing.start > start ? crossing.start : crossing.end;
    insert(siblings, { ...node, end: cut, children: [] });
    insert(siblings, { ...node, start: cut, anchor: false, marks: node.marks.map((m) => ({ ...m })), children: [] });
    return;
  }
  const inside = siblings.filter((s) => start <= s.start && s.end <= end);
  node.children.push(...inside);
  node.children.sort((a, b) => a.start - b.start);
  for (const s of inside) siblings.splice(siblings.indexOf(s), 1);
  siblings.push(node);
  siblings.sort((a, b) => a.start - b.start);
}

export function buildSpanTree(spans: readonly SpanInput[], textLength: number): SpanNode[] {
  const valid = spans.filter((s) => isKind(s.kind) && s.start >= 0 && s.end <= textLength && s.end > s.start);
  const ordered = [...valid].sort(
    (a, b) =>
      PRIORITY[a.kind as HighlightKind] - PRIORITY[b.kind as HighlightKind] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const roots: SpanNode[] = [];
  for (const s of ordered) {
    insert(roots, {
      start: s.start,
      end: s.end,
      marks: [{ kind: s.kind as HighlightKind, targetId: s.targetId }],
      anchor: true,
      children: [],
    });
  }
  return roots;
}

/** A run of text between and inside spans: either plain text or a span with its own pieces. */
export type Piece = { text: string; start: number } | { node: SpanNode; pieces: Piece[] };

/** The text cut into pieces around the tree; joining every text piece gives the verbatim text back. */
export function piecesOf(text: string, nodes: readonly SpanNode[], from = 0, to = text.length): Piece[] {
  const out: Piece[] = [];
  let at = from;
  for (const node of nodes) {
    if (node.start > at) out.push({ text: text.slice(at, node.start), start: at });
    out.push({ node, pieces: piecesOf(text, node.children, node.start, node.end) });
    at = node.end;
  }
  if (at < to) out.push({ text: text.slice(at, to), start: at });
  return out;
}

export function plainText(pieces: readonly Piece[]): string {
  return pieces.map((p) => ("text" in p ? p.text : plainText(p.pieces))).join("");
}

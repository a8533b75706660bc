// One disagreement spelt out: the field, the summary line, and each variant with its articles and words.
import type { Conflict, Evidence } from "@dateline/core/schema";
import Link from "next/link";
import { EvidenceQuote } from "./evidence-link";
import { plural } from "./format";

/** Quotes shown per version: the different wordings, not the same word from every article. */
const QUOTES_PER_VERSION = 3;

const distinctEvidence = (evidence: readonly Evidence[]) =>
  [...new Map(evidence.map((ev) => [ev.exact, ev])).values()].slice(0, QUOTES_PER_VERSION);

/** How many articles a conflict names per version by default. */
export const CONFLICT_ARTICLES = 12;

/** The article ids a card names (to look up only those). */
export const namedArticles = (conflict: Conflict, max = CONFLICT_ARTICLES) =>
  conflict.variants.flatMap((v) => v.articles.slice(0, max));

export function ConflictCard({
  conflict,
  articleNames,
  eventTitle,
  maxArticles = CONFLICT_ARTICLES,
}: {
  conflict: Conflict;
  articleNames: ReadonlyMap<string, string>;
  eventTitle?: string;
  /** Articles named per version; the rest are counted (a story told by hundreds of sources). */
  maxArticles?: number;
}) {
  return (
    <article className="conflict" id={`conflict-${conflict.id}`}>
      <h3>
        <span className="flag" aria-hidden="true">
          ⚑{" "}
        </span>
        {eventTitle ? (
          <>
            <Link href={`/events/${conflict.eventId}`}>{eventTitle}</Link>:{" "}
          </>
        ) : null}
        the {conflict.field}
      </h3>
      <p>{conflict.summary}</p>
      <ul className="variants">
        {conflict.variants.map((v) => (
          <li key={v.value}>
            <strong>{v.value}</strong> — {plural(v.articles.length, "article")}:{" "}
            {v.articles.slice(0, maxArticles).map((id, i) => (
              <span key={id}>
                {i > 0 ? ", " : ""}
                <Link href={`/articles/${id}`}>{articleNames.get(id) ?? id}</Link>
              </span>
            ))}
            {v.articles.length > maxArticles ? ` and ${v.articles.length - maxArticles} more` : null}
            {distinctEvidence(v.evidence).map((ev) => (
              <EvidenceQuote key={`${ev.articleId}-${ev.start}-${ev.end}`} evidence={ev} />
            ))}
          </li>
        ))}
      </ul>
    </article>
  );
}

// One disagreement spelt out: the field, the summary line, and each variant with its articles and words.
import type { Conflict } from "@dateline/core/schema";
import Link from "next/link";
import { EvidenceQuote } from "./evidence-link";
import { plural } from "./format";

export function ConflictCard({
  conflict,
  articleNames,
  eventTitle,
}: {
  conflict: Conflict;
  articleNames: ReadonlyMap<string, string>;
  eventTitle?: string;
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
            {v.articles.map((id, i) => (
              <span key={id}>
                {i > 0 ? ", " : ""}
                <Link href={`/articles/${id}`}>{articleNames.get(id) ?? id}</Link>
              </span>
            ))}
            {v.evidence.map((ev) => (
              <EvidenceQuote key={`${ev.articleId}-${ev.start}-${ev.end}`} evidence={ev} />
            ))}
          </li>
        ))}
      </ul>
    </article>
  );
}

// What the extractor found in one article: its highlighted text, and the actors, dates and events with evidence.
import { ArticleText } from "../../src/article/article-text";
import type { ExtractionView } from "../../src/ingest/extraction-view-model";

export function ExtractionResult({ view }: { view: ExtractionView }) {
  return (
    <section aria-labelledby="extraction" className="extraction">
      <h2 id="extraction">Extraction of {view.title ?? view.articleId}</h2>
      <p className="muted">
        id <code>{view.articleId}</code> · {view.outlet ?? "outlet unknown"} · published {view.published ?? "unknown"}
      </p>
      {view.missing.length > 0 ? (
        <ul className="muted">
          {view.missing.map(([field, why]) => (
            <li key={field}>
              {field}: {why}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="two-col">
        <ArticleText text={view.text} spans={view.spans} hrefOf={() => null} />
        <div>
          <h3>Actors ({view.actors.length})</h3>
          <ul className="ex-actors">
            {view.actors.map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong> <span className="muted">{a.kind}</span>
                {a.aliases.length > 1 ? <div className="muted">as {a.aliases.join(", ")}</div> : null}
              </li>
            ))}
          </ul>
          <h3>Places ({view.places.length})</h3>
          <p>{view.places.map((p) => p.name).join(", ") || "none"}</p>
        </div>
      </div>
      <h3>Dates ({view.dates.length})</h3>
      <ul className="ex-dates">
        {view.dates.map((d) => (
          <li key={`${d.start}-${d.end}`}>
            “{d.text}” → <strong>{d.value ?? "no date"}</strong> <span className="muted">{d.explanation}</span>
          </li>
        ))}
      </ul>
      <h3>Events ({view.events.length})</h3>
      <ul className="ex-events">
        {view.events.map((e) => (
          <li key={e.id}>
            <strong>{e.title}</strong>{" "}
            <span className="muted">
              {e.type} · {e.status} · {e.date ?? "undated"}
            </span>
            {e.evidence.map((ev) => (
              <blockquote key={ev} className="evidence">
                “{ev}”
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
      {view.quotes.length > 0 ? (
        <>
          <h3>Quotes ({view.quotes.length})</h3>
          <ul>
            {view.quotes.map((q) => (
              <li key={q.text}>
                “{q.text}” <span className="muted">— {q.speaker ?? "speaker not named"}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.warnings.length > 0 ? (
        <>
          <h3>Warnings</h3>
          <ul>
            {view.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

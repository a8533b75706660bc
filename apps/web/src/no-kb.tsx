// What every reading view shows before any knowledge base exists: how to build one (server-rendered, no JS needed).
import Link from "next/link";

export function NoKnowledgeBase() {
  return (
    <section className="notice" role="status" aria-labelledby="no-kb">
      <h1 id="no-kb">No knowledge base yet</h1>
      <p>
        The viewer reads a knowledge base built from news articles, and there is none yet at the configured path (
        <code>DATELINE_DB</code>, or <code>data/dateline.db</code> in the repository).
      </p>
      <p>Build it from the seed articles (or your own folder) at the repository root, then reload this page:</p>
      <pre>
        <code>dateline ingest data/articles</code>
      </pre>
      <p className="muted">
        (<code>npm run dateline -- ingest data/articles</code> from a checkout, or <code>npm start</code>, which builds
        it and serves this viewer.)
      </p>
      <p>
        Or try one article first: the <Link href="/ingest">ingest form</Link> shows what Dateline extracts from a pasted
        text, and with the server’s write token adds it to a new knowledge base.
      </p>
    </section>
  );
}

// The error boundary: a missing knowledge base gets the command that builds one; anything else a plain apology.
"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (error.digest === "DATELINE_NO_KB") {
    return (
      <section className="notice" role="alert">
        <h1>No knowledge base yet</h1>
        <p>
          The viewer reads a knowledge base built from the articles, and there is none at the configured path (
          <code>DATELINE_DB</code>, or <code>data/dateline.db</code> in the repository).
        </p>
        <p>
          Build it first: run <code>npm start</code> or <code>dateline ingest data/articles</code> at the repository
          root, then reload this page.
        </p>
      </section>
    );
  }
  return (
    <section className="notice" role="alert">
      <h1>Something went wrong</h1>
      <p>
        The page could not be read from the knowledge base. The details are in the server log
        {error.digest ? ` (reference ${error.digest})` : ""}.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}

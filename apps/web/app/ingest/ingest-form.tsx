// The ingest form: works as a plain POST without JavaScript; with it, the result appears without a reload.
"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { IngestState } from "../../src/server/ingest";
import { ingestAction } from "./actions";
import { ExtractionResult } from "./extraction-result";

const IDLE: IngestState = { status: "idle" };

export function IngestForm({ writable }: { writable: boolean }) {
  const [state, action, pending] = useActionState(ingestAction, IDLE);
  return (
    <>
      <form action={action} className="ingest-form">
        <label>
          Article text
          <textarea
            name="text"
            defaultValue={state.input?.text}
            placeholder="Paste a news article: headline, byline, date line and body…"
          />
        </label>
        <label>
          …or a file (.txt, .md, .html, .json)
          <input type="file" name="file" accept=".txt,.md,.markdown,.html,.htm,.json,text/*,application/json" />
        </label>
        <label>
          File name for a paste (optional; its extension sets the format)
          <input name="name" defaultValue={state.input?.name} placeholder="my-article.txt" />
        </label>
        <label>
          Write token {writable ? "" : "(writing is off on this server)"}
          <input name="token" type="password" autoComplete="off" disabled={!writable} />
        </label>
        <div className="filter-buttons">
          <button type="submit" name="intent" value="extract" disabled={pending}>
            Extract (does not write)
          </button>
          <button type="submit" name="intent" value="write" disabled={pending || !writable}>
            Extract and add to the KB
          </button>
          {pending ? <span role="status">Extracting…</span> : null}
        </div>
      </form>
      {state.status === "error" ? (
        <p className="problems" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === "extracted" && state.written ? (
        <p role="status" className="notice">
          Added to the knowledge base:{" "}
          <Link href={`/articles/${state.written.articleId}`}>{state.written.articleId}</Link>, now in{" "}
          {state.written.events} events.
        </p>
      ) : null}
      {state.status === "extracted" ? <ExtractionResult view={state.view} /> : null}
    </>
  );
}

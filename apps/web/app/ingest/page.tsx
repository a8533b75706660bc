// Ingest (/ingest): paste or upload an article and see what the extractor makes of it; writing needs the token.
import type { Metadata } from "next";
import { connection } from "next/server";
import { IngestForm } from "./ingest-form";

export const metadata: Metadata = { title: "Ingest" };

export default async function IngestPage() {
  // Whether writing is on is read at request time, from the server's environment.
  await connection();
  return (
    <>
      <h1>Ingest an article</h1>
      <p className="hint">
        The extraction runs on the server and is shown here without touching the knowledge base. Adding the article to
        the KB needs the server’s write token (<code>DATELINE_TOKEN</code>).
      </p>
      <IngestForm writable={Boolean(process.env.DATELINE_TOKEN)} />
    </>
  );
}

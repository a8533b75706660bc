// The ingest server action: runs the extractor on the submitted article (and writes only with the token).
"use server";

import { type IngestState, ingestForm } from "../../src/server/ingest";

export async function ingestAction(_previous: IngestState, form: FormData): Promise<IngestState> {
  return ingestForm(form);
}

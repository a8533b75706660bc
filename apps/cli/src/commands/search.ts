// `dateline search <query>`: full text over articles, events and actors, with marked snippets.

import { markSnippet } from "@dateline/core/snippet";
import { BadQueryError } from "@dateline/store";
import { UsageError } from "../errors";
import { parseLimit } from "../io/args";
import { openForRead, withStore } from "../io/open-store";
import { color, line, printJson } from "../io/output";

export async function searchCommand(words: string[], flags: { db?: string; limit?: string; json?: boolean }) {
  const query = words.join(" ");
  const limit = parseLimit(flags.limit, 20, 200);
  return withStore(await openForRead(flags.db), async (store) => {
    let hits: Awaited<ReturnType<typeof store.search>>;
    try {
      hits = await store.search(query, { limit });
    } catch (error) {
      if (error instanceof BadQueryError) throw new UsageError(error.message);
      throw error;
    }
    if (flags.json) {
      printJson(hits);
      return 0;
    }
    if (hits.length === 0) line(`Nothing matches '${query}'.`);
    for (const h of hits) {
      const snippet = markSnippet(h.snippet, (m) => color.bold(color.yellow(m)));
      line(`${color.dim(h.kind.padEnd(7))} ${color.bold(h.title)}  ${color.dim(h.id)}`);
      line(`        ${snippet.replace(/\s+/g, " ")}`);
    }
    return 0;
  });
}

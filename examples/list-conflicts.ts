// Lists where the sources disagree, from a running `dateline serve`, through the typed client.
// Run: npx tsx examples/list-conflicts.ts [http://127.0.0.1:4000]
import { createDatelineClient, isDatelineError } from "@dateline/client";

const url = process.argv[2] ?? "http://127.0.0.1:4000";
const dateline = createDatelineClient({ url });

async function main(): Promise<void> {
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = await dateline.conflicts.list.query({ limit: 100, cursor });
    for (const conflict of page.items) {
      count++;
      console.log(`${conflict.eventId} [${conflict.field}]`);
      console.log(`  ${conflict.summary}`);
      for (const v of conflict.variants) console.log(`    - ${v.value}  (${v.articles.join(", ")})`);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  console.log(`${count} conflict${count === 1 ? "" : "s"} at ${url}`);
}

main().catch((error: unknown) => {
  const message = isDatelineError(error) ? `${error.data?.code ?? "error"}: ${error.message}` : String(error);
  console.error(`cannot list conflicts from ${url}: ${message}`);
  process.exitCode = 1;
});

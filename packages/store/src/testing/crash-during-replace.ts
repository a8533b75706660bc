// Test helper run as a child process: starts a replace and dies by SIGKILL halfway through its transaction.
// Usage: node --import tsx crash-during-replace.ts <db path>
import { openSqliteStore } from "../sqlite";
import { generateKnowledgeBase } from "./generate-kb";

const path = process.argv[2];
if (!path) throw new Error("usage: crash-during-replace.ts <db path>");
const { kb, extractions } = generateKnowledgeBase({ articles: 30, seed: 99 });
// Serialising the last quote happens after the cache rows are upserted and every old item row is deleted,
// inside the transaction: the process is killed there, with no chance to roll back or close.
const last = kb.quotes[kb.quotes.length - 1]!;
Object.defineProperty(last, "toJSON", {
  value: () => process.kill(process.pid, "SIGKILL"),
  enumerable: false,
});
const store = await openSqliteStore(path);
await store.replaceKnowledgeBase(kb, extractions);
console.log("the replace finished: the crash did not happen");

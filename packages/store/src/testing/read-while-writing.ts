// Test helper run as a child process: reads stats in a loop until its stdin closes, then prints every
// (events/articles) pair it saw. Prints "ready" once it is reading, so the parent knows when to write.
// Usage: node --import tsx read-while-writing.ts <db path>
import { openSqliteStore } from "../sqlite";

const path = process.argv[2];
if (!path) throw new Error("usage: read-while-writing.ts <db path>");
const store = await openSqliteStore(path, { readonly: true });
let stop = false;
process.stdin.on("end", () => {
  stop = true;
});
process.stdin.resume();
const seen = new Set<string>();
let reads = 0;
for (; !stop; reads++) {
  const s = await store.stats();
  seen.add(`${s.events}/${s.articles}`);
  if (reads === 0) console.log("ready");
  await new Promise((resolve) => setImmediate(resolve)); // lets the stdin "end" event in
}
await store.close();
console.log(JSON.stringify({ reads, seen: [...seen] }));

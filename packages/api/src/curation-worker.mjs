// Worker thread entry: registers tsx (the workspace packages are TypeScript sources), then runs the writer loop.
import { register } from "tsx/esm/api";

register();
await import("./curation-worker.ts");

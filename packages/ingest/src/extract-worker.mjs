// Worker thread entry: registers tsx (the workspace packages are TypeScript sources), then runs the extractor loop.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");

// Writes packages/core/schema/*.json from the zod schemas; a test checks that they are current.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderJsonSchemas } from "../src/json-schema";

const dir = fileURLToPath(new URL("../schema/", import.meta.url));
for (const { file, json } of renderJsonSchemas()) {
  writeFileSync(dir + file, json);
  console.log(`wrote packages/core/schema/${file}`);
}

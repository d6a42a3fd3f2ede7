// Validates Adaptive Card JSON files against the official 1.5 schema.
// Usage: node validate-cards.mjs FILE_OR_FOLDER...   (exit 1 and one line per fault)
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(join(here, "schemas", "adaptive-card-1.5.json"), "utf8"));
// ajv 8 reads draft-06 only with its meta-schema added, and wants "$id" where the file says "id".
if (schema.id) { schema.$id = schema.id; delete schema.id; }
const ajv = new Ajv({ strict: false, allErrors: false });
ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
addFormats(ajv);
const validate = ajv.compile(schema);

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith(".json")).map((f) => join(p, f)) : [p]);
let faults = 0;
for (const file of files) {
  const card = JSON.parse(readFileSync(file, "utf8"));
  // Teams' root "msteams" (width, mentions) is a host extension the schema refuses.
  delete card.msteams;
  if (card.version !== "1.5") { console.log(`${file}: version must be "1.5", found ${JSON.stringify(card.version)}`); faults++; }
  if (!validate(card)) {
    faults++;
    const first = validate.errors.find((e) => e.keyword === "additionalProperties") ?? validate.errors[0];
    console.log(`${file}: ${first.instancePath || "/"} ${first.message} ${JSON.stringify(first.params)}`);
  }
}
console.log(`${files.length} cards checked, ${faults} invalid`);
process.exit(faults === 0 ? 0 : 1);

// Validates a Teams app manifest against the published schema of its manifestVersion, shipped by
// @microsoft/app-manifest (no download at run time). The schemas are JSON Schema draft-04.
// Usage: node validate-manifest.mjs <manifest.json>   prints "valid" or each error, exit 0 or 1.
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const manifest = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const root = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'));
const schemaFile = join(root, 'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
if (validate(manifest)) {
  console.log(`valid against ${schemaFile.slice(root.length + 1)}`);
} else {
  for (const e of validate.errors) console.log(`${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  process.exit(1);
}

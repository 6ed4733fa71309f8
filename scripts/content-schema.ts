/**
 * `npm run content:schema`: writes the JSON Schema files for editors from the
 * zod schema in lib/content/schema.ts. A unit test fails when they are stale.
 */
import fs from 'node:fs';
import path from 'node:path';

import { jsonSchemaFiles, renderJsonSchema, type JsonSchemaFile } from '@/lib/content';

for (const file of Object.keys(jsonSchemaFiles) as JsonSchemaFile[]) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renderJsonSchema(file));
  console.log(`wrote ${file}`);
}

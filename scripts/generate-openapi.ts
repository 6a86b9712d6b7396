/**
 * Writes shared/api/openapi.json, the document GET /openapi.json serves, from the API's schemas
 * (shared/api/openapi.ts). Run after changing a route or a schema: `npm run openapi`.
 * test/unit/openapi.test.ts fails while the committed file is stale.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../shared/api/openapi.js';

const target = fileURLToPath(new URL('../shared/api/openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
// Biome formats JSON too; format the file so `npm run lint` stays clean.
execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'inherit' });
console.log(`wrote ${target}`);

// Fails when locales/en/… differs from what the sources generate (CI runs this).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { generate } from './i18n.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const catalogPath = path.join(root, 'locales', 'en', 'plugin__devspaces-nested-containers.json');
const before = readFileSync(catalogPath, 'utf8');
const after = `${JSON.stringify(generate(), null, 2)}\n`;
if (before !== after) {
  writeFileSync(catalogPath, before);
  console.error(
    `${path.relative(root, catalogPath)} is out of date: run \`npm run i18n\` and commit the result.`,
  );
  process.exit(1);
}
console.log('i18n catalog is up to date');

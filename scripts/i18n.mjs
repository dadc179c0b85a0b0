// Regenerates the English catalog: i18next-parser for t() calls in src/, plus the names
// console-extensions.json declares as %plugin__<name>~<key>%, which no parser reads.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pluginName = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).consolePlugin
  .name;
const namespace = `plugin__${pluginName}`;
const catalogPath = path.join(root, 'locales', 'en', `${namespace}.json`);

export function extensionKeys() {
  const text = readFileSync(path.join(root, 'console-extensions.json'), 'utf8');
  const re = new RegExp(`%${namespace}~([^%]+)%`, 'g');
  return [...text.matchAll(re)].map((m) => m[1]);
}

export function generate() {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'i18next-parser', 'bin', 'cli.js'),
      '--config',
      'i18next-parser.config.mjs',
      '--silent',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const catalog = JSON.parse(readFileSync(catalogPath, 'utf8'));
  for (const key of extensionKeys()) catalog[key] = key;
  const sorted = Object.fromEntries(
    Object.keys(catalog)
      .sort()
      .map((k) => [k, catalog[k]]),
  );
  writeFileSync(catalogPath, `${JSON.stringify(sorted, null, 2)}\n`);
  return sorted;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) generate();

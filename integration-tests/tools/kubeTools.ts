/** The real helm and kubectl the tests run, as put in .tools/bin/ by `npm run setup:test`. */
import { existsSync } from 'node:fs';
import path from 'node:path';

const BIN_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../.tools/bin');

/** Path of the tool; throws (never skips) when setup:test has not installed it. */
export function kubeTool(name: 'helm' | 'kubectl'): string {
  const bin = path.join(BIN_DIR, name);
  if (!existsSync(bin)) {
    throw new Error(`${bin} is missing: run \`npm run setup:test\` (scripts/installKubeTools.mjs)`);
  }
  return bin;
}

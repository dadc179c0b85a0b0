#!/usr/bin/env node
// npm run demo [-- --scenario <file-or-dir>] [--port N] [--console 4.22]
// Builds the plugin if dist/ is missing or older than its sources, then serves the local console
// shell with the plugin against a simulated cluster (default: 4.20, Dev Spaces installed, feature off).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'integration-tests/scenarios/default' },
    port: { type: 'string', default: '9000' },
    console: { type: 'string', default: '4.22' },
    rebuild: { type: 'boolean', default: false },
  },
});

const newest = (p) => {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newest(path.join(p, f))));
};

const manifest = path.join(root, 'dist', 'plugin-manifest.json');
const sources = ['src', 'locales', 'console-extensions.json', 'package.json', 'webpack.config.js'];
const stale =
  !existsSync(manifest) ||
  sources.some((s) => newest(path.join(root, s)) > statSync(manifest).mtimeMs);
if (values.rebuild || stale) {
  console.log('Building the plugin (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'integration-tests/console/server.ts',
    '--scenario',
    path.resolve(process.cwd(), values.scenario),
    '--port',
    values.port,
    '--console',
    values.console,
  ],
  { cwd: root, stdio: 'inherit' },
);
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));

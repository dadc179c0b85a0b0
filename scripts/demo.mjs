#!/usr/bin/env node
// npm run demo [-- --scenario <file-or-dir>] [--port N] [--console 4.22|4.21|4.20] [--rebuild]
//              [--real-console 4.20|4.21|4.22] [--fleet <dir>]
// --real-console runs the production build of the real OpenShift console frontend for that release
// (integration-tests/real-console/, builds from ../shared/real-console or REAL_CONSOLE_DIST_<v>)
// instead of the local shell; without a console build it says where to get one and uses the shell.
// Builds the plugin for that console if its build is missing or older than its sources (4.22:
// dist/, SDK 4.22; 4.20 and 4.21: dist-4.21/, SDK 4.21), then serves the local console shell in that
// mode (4.20/4.21: React 17, react-i18next 11, loadPluginEntry) with the plugin against a
// simulated cluster (default scenario: OpenShift 4.20, Dev Spaces installed, feature off).
// --fleet <dir> makes that cluster an ACM hub managing one simulated cluster per entry of <dir> (a
// scenario file or directory, named after it) and prints the fleet page's URL; it needs the real
// console (the local shell has no ACM), so it implies --real-console <--console>.
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
    'real-console': { type: 'string' },
    fleet: { type: 'string' },
  },
});
if (values['real-console']) values.console = values['real-console'];
else if (values.fleet) values['real-console'] = values.console;

const newest = (p) => {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newest(path.join(p, f))));
};

const BUILDS = {
  4.22: { dir: 'dist', script: 'build-4.22', extra: [] },
  4.21: { dir: 'dist-4.21', script: 'build-4.21', extra: ['builds/console-4.21/package.json'] },
};
const target = { 4.22: '4.22', 4.21: '4.21', '4.20': '4.21' }[values.console];
if (!target) {
  console.error(`--console must be 4.22, 4.21 or 4.20 (got ${values.console})`);
  process.exit(2);
}
const pluginBuild = BUILDS[target];
const manifest = path.join(root, pluginBuild.dir, 'plugin-manifest.json');
const sources = [
  'src',
  'locales',
  'console-extensions.json',
  'package.json',
  'webpack.config.js',
  ...pluginBuild.extra,
];
const stale =
  !existsSync(manifest) ||
  sources.some((s) => newest(path.join(root, s)) > statSync(manifest).mtimeMs);
if (values.rebuild || stale) {
  console.log(`Building the plugin for console ${values.console} (npm run ${pluginBuild.script})…`);
  const build = spawnSync('npm', ['run', pluginBuild.script], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const scenario = path.resolve(process.cwd(), values.scenario);
const serve = (script, args) => {
  const server = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return server;
};
const shell = () =>
  serve('integration-tests/shell/server.ts', [
    '--scenario',
    scenario,
    '--port',
    values.port,
    '--console',
    values.console,
    '--plugin-dir',
    pluginBuild.dir,
  ]).on('exit', (code) => process.exit(code ?? 0));

if (values['real-console']) {
  const real = serve('integration-tests/real-console/cli.ts', [
    '--version',
    values.console,
    '--scenario',
    scenario,
    '--port',
    values.port,
    '--plugin-dir',
    pluginBuild.dir,
    '--quiet',
    ...(values.fleet ? ['--fleet', path.resolve(process.cwd(), values.fleet)] : []),
  ]);
  real.on('exit', (code) => {
    // 3: no console build for that release (cli.ts printed where to get one).
    if (code !== 3 || values.fleet) process.exit(code ?? 0);
    console.log(`Falling back to the local console shell (${values.console}).`);
    shell();
  });
} else {
  shell();
}

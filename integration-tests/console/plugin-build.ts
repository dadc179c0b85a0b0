// Production build of the plugin into its own directory (tests and benchmarks use dist-e2e/ and
// dist-e2e-4.21/, so a concurrent `npm run build` that wipes dist/ cannot pull files from under a
// running test). Target 4.22 is the SDK 4.22 build; 4.21 the SDK 4.21 build for consoles 4.20/4.21.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const SOURCES = ['src', 'locales', 'console-extensions.json', 'package.json', 'webpack.config.js'];
const SOURCES_421 = [...SOURCES, 'builds/console-4.21/package.json'];
export type PluginTarget = '4.22' | '4.21';

const newest = (p: string): number => {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newest(path.join(p, f))));
};

/** Builds when `dir` has no manifest or is older than any source; returns the absolute dir. */
export const ensurePluginBuild = (dir = 'dist-e2e', target: PluginTarget = '4.22'): string => {
  const out = path.join(root, dir);
  const manifest = path.join(out, 'plugin-manifest.json');
  const stale =
    !existsSync(manifest) ||
    (target === '4.22' ? SOURCES : SOURCES_421).some(
      (s) => newest(path.join(root, s)) > statSync(manifest).mtimeMs,
    );
  if (stale) {
    rmSync(out, { recursive: true, force: true });
    console.log(`Building the plugin for console ${target} into ${dir}/`);
    const r = spawnSync('npx', ['webpack', '--output-path', out], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production', CONSOLE_TARGET: target },
    });
    if (r.status !== 0) {
      throw new Error(`plugin build (${target}) into ${dir} failed:\n${r.stdout}\n${r.stderr}`);
    }
  }
  return out;
};

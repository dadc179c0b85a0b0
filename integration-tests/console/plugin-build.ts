// Production build of the plugin into its own directory (tests and benchmarks use dist-e2e/, so a
// concurrent `npm run build` that wipes dist/ cannot pull files from under a running test).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const SOURCES = ['src', 'locales', 'console-extensions.json', 'package.json', 'webpack.config.js'];

const newest = (p: string): number => {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newest(path.join(p, f))));
};

/** Builds when `dir` has no manifest or is older than any source; returns the absolute dir. */
export const ensurePluginBuild = (dir = 'dist-e2e'): string => {
  const out = path.join(root, dir);
  const manifest = path.join(out, 'plugin-manifest.json');
  const stale =
    !existsSync(manifest) ||
    SOURCES.some((s) => newest(path.join(root, s)) > statSync(manifest).mtimeMs);
  if (stale) {
    rmSync(out, { recursive: true, force: true });
    const r = spawnSync('npx', ['webpack', '--output-path', out], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', CONSOLE_TARGET: '4.22' },
    });
    if (r.status !== 0) throw new Error(`plugin build into ${dir} failed`);
  }
  return out;
};

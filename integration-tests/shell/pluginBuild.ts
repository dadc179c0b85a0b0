// Production build of the plugin into its own directory (tests and benchmarks use dist-e2e/ and
// dist-e2e-4.21/, so a concurrent `npm run build` that wipes dist/ cannot pull files from under a
// running test). Target 4.22 is the SDK 4.22 build; 4.21 the SDK 4.21 build for consoles 4.20/4.21.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** The directory `npm run build` writes for each target. */
const CANONICAL: Record<PluginTarget, string> = { '4.22': 'dist', '4.21': 'dist-4.21' };

const isFresh = (dir: string, target: PluginTarget): boolean => {
  const manifest = path.join(root, dir, 'plugin-manifest.json');
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  return (target === '4.22' ? SOURCES : SOURCES_421).every(
    (s) => newest(path.join(root, s)) <= built,
  );
};

/**
 * Makes `dir` hold a production build newer than every source: kept when fresh, else copied from
 * a fresh `npm run build` output (CI builds that just before), else built. Returns the absolute dir.
 */
export const ensurePluginBuild = (dir = 'dist-e2e', target: PluginTarget = '4.22'): string => {
  const out = path.join(root, dir);
  if (isFresh(dir, target)) return out;
  rmSync(out, { recursive: true, force: true });
  if (isFresh(CANONICAL[target], target)) {
    try {
      cpSync(path.join(root, CANONICAL[target]), out, { recursive: true });
      // A concurrent `npm run build` may have wiped it mid-copy: then build instead.
      if (isFresh(dir, target)) return out;
    } catch {
      // fall through to a build of our own
    }
    rmSync(out, { recursive: true, force: true });
  }
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
  return out;
};

// Finds a production build of the real OpenShift console frontend (`frontend/public/dist` of
// github.com/openshift/console) for one release. In order:
//   1. REAL_CONSOLE_DIST_<major>_<minor> (e.g. REAL_CONSOLE_DIST_4_22): a directory holding an
//      unpacked build (index.html + the bundles), used in place — your own console build;
//   2. openshift-console-<version>.tar.gz in REAL_CONSOLE_BUILDS (default ../shared/real-console
//      beside the repo), unpacked once into integration-tests/.real-console/<version>-<hash>/
//      (gitignored; the hash of the tarball keys the cache, so a new tarball unpacks afresh).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export const REAL_CONSOLE_VERSIONS = ['4.20', '4.21', '4.22'] as const;
export type RealConsoleVersion = (typeof REAL_CONSOLE_VERSIONS)[number];

const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(ROOT, 'integration-tests', '.real-console');

export const envVarFor = (version: string): string =>
  `REAL_CONSOLE_DIST_${version.replace('.', '_')}`;

export const buildsDir = (): string =>
  path.resolve(process.env.REAL_CONSOLE_BUILDS ?? path.join(ROOT, '..', 'shared', 'real-console'));

export const tarballFor = (version: string): string =>
  path.join(buildsDir(), `openshift-console-${version}.tar.gz`);

/** Where a build can come from, for the one-line "not found" message. */
export const whereToGet = (version: string): string =>
  `no console ${version} build: set ${envVarFor(version)}=<unpacked frontend/public/dist> or put ` +
  `openshift-console-${version}.tar.gz in ${buildsDir()} (REAL_CONSOLE_BUILDS)`;

/** The directory of the console build for `version`, or undefined when none is available. */
export const findConsoleBuild = (version: string): string | undefined => {
  const own = process.env[envVarFor(version)];
  if (own) {
    const dir = path.resolve(own);
    if (!existsSync(path.join(dir, 'index.html')))
      throw new Error(`${envVarFor(version)}=${dir} has no index.html`);
    return dir;
  }
  const tarball = tarballFor(version);
  if (!existsSync(tarball)) return undefined;
  const hash = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 12);
  const dir = path.join(CACHE, `${version}-${hash}`);
  if (existsSync(path.join(dir, 'index.html'))) return dir;
  // Unpack beside the final folder, then rename: a parallel or interrupted run never sees half.
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const tar = spawnSync('tar', ['-xzf', tarball, '-C', partial], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar -xzf ${tarball}: ${tar.stderr}`);
  if (!existsSync(path.join(partial, 'index.html')))
    throw new Error(`${tarball} holds no index.html at its root`);
  try {
    renameSync(partial, dir);
  } catch (e) {
    // Another process won the race: use its copy.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'index.html'))) throw e;
  }
  return dir;
};

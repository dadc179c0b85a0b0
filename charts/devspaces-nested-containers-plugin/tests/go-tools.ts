// Builds the chart tests' Go helpers (tests/render, tests/fake-oc) once per source version.
// Offline, from Debian's Go library packages: GOPATH mode over /usr/share/gocode, where
// golang-github-masterminds-sprig-dev, golang-github-ghodss-yaml-dev and
// golang-github-evanphx-json-patch-dev install their sources.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TOOLS_DIR = path.dirname(new URL(import.meta.url).pathname);
const CACHE_DIR = path.join(os.tmpdir(), 'devspaces-plugin-chart-tools');

export const GO_PACKAGES =
  'golang-go golang-github-masterminds-sprig-dev golang-github-ghodss-yaml-dev golang-github-evanphx-json-patch-dev';

const goEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  GO111MODULE: 'off',
  GOPATH: '/usr/share/gocode',
  GOFLAGS: '',
  GOCACHE: path.join(CACHE_DIR, 'gocache'),
});

/** Path of the built tool; builds it when its source changed. Throws (never skips) without Go. */
export function goTool(name: 'render' | 'fake-oc', binaryName: string = name): string {
  const sourceDir = path.join(TOOLS_DIR, name);
  // Every .go file of the tool, in a stable order: a change to any of them rebuilds it.
  const sources = readdirSync(sourceDir)
    .filter((f) => f.endsWith('.go'))
    .sort()
    .map((f) => readFileSync(path.join(sourceDir, f)));
  let goVersion: string;
  try {
    goVersion = execFileSync('go', ['version'], { encoding: 'utf8' });
  } catch {
    throw new Error(`Go is required to render the chart: apt-get install -y ${GO_PACKAGES}`);
  }
  const digest = createHash('sha256');
  for (const source of sources) digest.update(source);
  const hash = digest.update(goVersion).digest('hex').slice(0, 16);
  const outDir = path.join(CACHE_DIR, `${name}-${hash}`);
  const binary = path.join(outDir, binaryName);
  if (existsSync(binary)) return binary;
  mkdirSync(outDir, { recursive: true });
  // Build next to the target and rename: test files running in parallel may build at once.
  const partial = `${binary}.${process.pid}.partial`;
  try {
    execFileSync('go', ['build', '-o', partial, '.'], {
      cwd: sourceDir,
      env: goEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`go build ${name} failed (packages: ${GO_PACKAGES}):\n${stderr}`);
  }
  renameSync(partial, binary);
  return binary;
}

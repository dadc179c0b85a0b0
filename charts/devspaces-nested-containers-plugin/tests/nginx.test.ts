// The chart's nginx configuration, for real: Debian's nginx serves both plugin builds with
// files/nginx.conf (see nginxServer.ts) over HTTPS, and the responses are what the console's
// proxy and the browser need.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTls, startPluginNginx } from './nginxServer';
import type { PluginNginx } from './nginxServer';
import { CHART_DIR } from './helm';

const REPO = path.resolve(CHART_DIR, '../..');
const LOCALE = 'locales/en/plugin__devspaces-nested-containers.json';
const HASHED = /[.-][0-9a-f]{8,}\.min\.js$/;

interface Manifest {
  name: string;
  loadScripts: string[];
  dependencies: Record<string, string>;
}

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'plugin-manifest.json'), 'utf8')) as Manifest;
const isProductionBuild = (dir: string) =>
  existsSync(path.join(dir, 'plugin-manifest.json')) &&
  readManifest(dir).loadScripts.every((s) => HASHED.test(s));

// `npm run build` output when present (CI builds before testing), else a fresh production build of
// each target into a temporary directory.
function builds(): { dist: string; legacy: string; cleanup: () => void } {
  const dist = path.join(REPO, 'dist');
  const legacy = path.join(REPO, 'dist-4.21');
  if (isProductionBuild(dist) && isProductionBuild(legacy))
    return { dist, legacy, cleanup: () => {} };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'plugin-builds-'));
  chmodSync(tmp, 0o755);
  const webpack = path.join(REPO, 'node_modules/.bin/webpack');
  const build = (target: string, out: string) =>
    execFileSync(webpack, ['--output-path', out], {
      cwd: REPO,
      env: { ...process.env, NODE_ENV: 'production', CONSOLE_TARGET: target },
      stdio: 'pipe',
    });
  build('4.22', path.join(tmp, 'dist'));
  build('4.21', path.join(tmp, 'dist-4.21'));
  return {
    dist: path.join(tmp, 'dist'),
    legacy: path.join(tmp, 'dist-4.21'),
    cleanup: () => rmSync(tmp, { recursive: true, force: true }),
  };
}

const filesOf = (dir: string, sub = ''): string[] =>
  readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesOf(dir, path.join(sub, e.name)) : [path.join(sub, e.name)],
  );

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let server: PluginNginx;
let dirs: ReturnType<typeof builds>;

beforeAll(async () => {
  dirs = builds();
  server = await startPluginNginx({ distDir: dirs.dist, legacyDistDir: dirs.legacy });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  dirs?.cleanup();
});

const get = (url: string, method?: string) => fetchTls(url, server.ca, method);

describe.each([
  ['/ (OpenShift 4.22+)', () => server.url, () => dirs.dist, '>=4.22.0-0'],
  ['/console-4.21/ (OpenShift 4.20, 4.21)', () => server.legacyUrl, () => dirs.legacy, '<4.22.0-0'],
])('the build at %s', (_label, base, dir, pluginAPI) => {
  it('serves the manifest of that build, never cached', async () => {
    const res = await get(`${base()}plugin-manifest.json`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const manifest = JSON.parse(res.body.toString()) as Manifest;
    expect(manifest.name).toBe('devspaces-nested-containers');
    expect(manifest.dependencies['@console/pluginAPI']).toContain(pluginAPI);
  });

  it('serves the entry script the manifest names, cached for a year', async () => {
    const { loadScripts } = readManifest(dir());
    for (const script of loadScripts) {
      const res = await get(`${base()}${script}`);
      expect(res.status, script).toBe(200);
      expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('serves every built file byte for byte with its type; only hashed names are cached', async () => {
    for (const file of filesOf(dir())) {
      const res = await get(`${base()}${file}`);
      expect(res.status, file).toBe(200);
      expect(res.body.equals(readFileSync(path.join(dir(), file))), file).toBe(true);
      const type = CONTENT_TYPES[path.extname(file)];
      if (type) expect(res.headers['content-type'], file).toBe(type);
      const cache = res.headers['cache-control'];
      if (HASHED.test(file)) expect(cache, file).toBe('public, max-age=31536000, immutable');
      else expect(cache, file).toMatch(/^no-(cache|store)$/);
    }
  });

  it('serves the English locale, revalidated on every load', async () => {
    const res = await get(`${base()}${LOCALE}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(Object.keys(JSON.parse(res.body.toString()) as object).length).toBeGreaterThan(0);
  });

  it('lists no directory', async () => {
    for (const sub of ['', 'locales/', 'locales/en/']) {
      const res = await get(`${base()}${sub}`);
      expect([403, 404], sub).toContain(res.status);
      expect(res.body.toString(), sub).not.toMatch(/Index of|plugin-manifest|plugin__/);
    }
  });

  it('answers 404 for files that do not exist and refuses writes', async () => {
    expect((await get(`${base()}plugin-entry.0000000000000000dead.min.js`)).status).toBe(404);
    expect((await get(`${base()}plugin-manifest.json`, 'POST')).status).toBe(403);
  });
});

it('exposes neither the configuration nor the certificate key', async () => {
  for (const probe of [
    'nginx.conf',
    'cert/tls.key',
    'console-4.21/../cert/tls.key',
    'console-4.21/../../nginx.conf',
  ]) {
    const res = await get(`${server.url}${probe}`);
    expect(res.status, probe).toBe(404);
  }
});

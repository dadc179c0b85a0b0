// The plugin served the way the cluster serves it: Debian's nginx with the chart's own nginx.conf
// over HTTPS (self-signed certificate), both builds (dist-e2e/ at `/`, dist-e2e-4.21/ at
// `/console-4.21/`), proxied by the console's backend at the ConsolePlugin basePath of each release.
// Assertions are on the responses the browser received.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startPluginNginxProcess, type PluginNginxProcess } from '../pluginNginx';
import { pluginDirFor, ROOT } from '../../e2e/fixtures';
import { PLUGIN_NAME } from '../backend';
import { expect, openChecklist, test } from './fixtures';

const PREFIX = `/api/plugins/${PLUGIN_NAME}/`;

let nginx: PluginNginxProcess | undefined;

test.beforeAll(async () => {
  nginx = await startPluginNginxProcess(
    path.join(ROOT, pluginDirFor('4.22')),
    path.join(ROOT, pluginDirFor('4.20')),
  );
});

test.afterAll(async () => {
  await nginx?.stop();
});

type Seen = { path: string; status: number; headers: Record<string, string> };

test.use({
  consoleOptions: async ({ realConsole }, provide) => {
    if (!nginx) throw new Error('nginx did not start');
    // The chart's ConsolePlugin basePath: `/` for 4.22+, `/console-4.21/` for 4.20/4.21.
    const url = realConsole === '4.22' ? nginx.url : nginx.legacyUrl;
    await provide({ nginx: { url, ca: nginx.ca } });
  },
  // The directory probes below are meant to be refused.
  expectedProblems: async ({}, provide) =>
    provide([new RegExp(`${PREFIX}(locales/(en/)?)?$`.replace(/\//g, '\\/'))]),
});

test('through nginx: the checklist renders; types, caching, locales, no directory listing', async ({
  page,
  rc,
  realConsole,
}) => {
  // Nothing from the browser's cache: the files the console loaded straight from the backend in
  // earlier tests must come through nginx now.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  const seen: Seen[] = [];
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith(PREFIX) || u.pathname === '/locales/resource.json') {
      void r
        .allHeaders()
        .then((headers) =>
          seen.push({ path: `${u.pathname}${u.search}`, status: r.status(), headers }),
        );
    }
  });
  await openChecklist(page, rc);
  const heading = page.getByRole('heading', { level: 1, name: 'Dev Spaces nested containers' });
  await expect(heading).toBeVisible();

  const dir = path.join(ROOT, pluginDirFor(realConsole));
  const manifest = JSON.parse(readFileSync(path.join(dir, 'plugin-manifest.json'), 'utf8')) as {
    loadScripts: string[];
  };
  const one = (p: string | RegExp): Seen => {
    const hits = seen.filter((s) => (typeof p === 'string' ? s.path === p : p.test(s.path)));
    expect(hits, `one response for ${String(p)}`).toHaveLength(1);
    return hits[0];
  };

  // Served by nginx (server_tokens off) through the backend's proxy, not by the backend itself.
  // The console reads the manifest at boot and again shortly after (its plugin update check).
  const manifests = seen.filter((s) => s.path === `${PREFIX}plugin-manifest.json`);
  expect(manifests.length).toBeGreaterThan(0);
  for (const m of manifests) {
    expect(m.status).toBe(200);
    expect(m.headers.server).toBe('nginx');
    expect(m.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(m.headers['cache-control']).toBe('no-store');
    expect(m.headers['x-content-type-options']).toBe('nosniff');
  }

  // The console's plugin loader adds a cache buster to the entry script's URL, never to the chunks
  // (a UUID on 4.22, a short random string on 4.20/4.21).
  const entryPath = `${PREFIX}${manifest.loadScripts[0]}`.replace(/[.]/g, '\\.');
  const entry = one(new RegExp(`^${entryPath}\\?cacheBuster=[0-9a-z-]+$`));
  expect(entry.status).toBe(200);
  expect(entry.headers['content-type']).toBe('application/javascript; charset=utf-8');
  expect(entry.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(entry.headers['content-encoding']).toBe('gzip');

  const chunks = seen.filter((s) => /\.min\.js$/.test(s.path));
  expect(chunks.length).toBeGreaterThan(1);
  for (const c of chunks) {
    expect(c.status, c.path).toBe(200);
    expect(c.headers['content-type'], c.path).toBe('application/javascript; charset=utf-8');
    expect(c.headers['cache-control'], c.path).toMatch(/immutable/);
  }

  const locale = one(new RegExp(`^/locales/resource\\.json\\?.*ns=plugin__${PLUGIN_NAME}`));
  expect(locale.status).toBe(200);
  expect(locale.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(locale.headers['cache-control']).toBe('no-cache');
  const catalog = (await page.evaluate(
    (u) => fetch(u).then((r) => r.json()),
    locale.path,
  )) as Record<string, string>;
  expect(catalog['Dev Spaces nested containers']).toBe(await heading.textContent());

  // Directories are not listed (autoindex off: 403 without an index file, or 404).
  const statuses = await page.evaluate(
    (paths) => Promise.all(paths.map((p) => fetch(p).then((r) => r.status))),
    [PREFIX, `${PREFIX}locales/`, `${PREFIX}locales/en/`],
  );
  for (const s of statuses) expect([403, 404]).toContain(s);
});

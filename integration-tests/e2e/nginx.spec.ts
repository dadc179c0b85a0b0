// The plugin served the way the cluster serves it: Debian's nginx with the chart's own nginx.conf
// over HTTPS (self-signed certificate), both builds (the suite's dist-e2e/ at `/`, dist-e2e-4.21/
// at `/console-4.21/`). The shell proxies /api/plugins/<name>/ and the plugin's locales to it as the
// console's backend proxies to the plugin Service, at the ConsolePlugin basePath of each release.
// Assertions are on the responses the browser received.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startPluginNginxProcess, type PluginNginxProcess } from '../console/pluginNginx';
import type { ConsoleServerOptions } from '../console/server';
import { expect, openChecklist, pluginDirFor, ROOT, test, type ConsoleVersion } from './fixtures';

const PLUGIN = 'devspaces-nested-containers';
const PREFIX = `/api/plugins/${PLUGIN}/`;

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

for (const consoleVersion of ['4.22', '4.20'] as ConsoleVersion[]) {
  test.describe(`console ${consoleVersion} loading the plugin through nginx`, () => {
    test.use({
      consoleVersion,
      serverOptions: [
        async ({}, provide: (o: Partial<ConsoleServerOptions>) => Promise<void>) => {
          if (!nginx) throw new Error('nginx did not start');
          // The chart's ConsolePlugin basePath: `/` for 4.22+, `/console-4.21/` for 4.20/4.21.
          const url = consoleVersion === '4.22' ? nginx.url : nginx.legacyUrl;
          await provide({ pluginProxy: { url, ca: nginx.ca } });
        },
        { scope: 'test' },
      ],
      // The directory probes below are meant to be refused.
      allowedConsoleErrors: [
        /Failed to load resource: the server responded with a status of 40[34]/,
      ],
    });

    test('the checklist renders; types, caching, locales and no directory listing', async ({
      page,
      server,
    }) => {
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
      await openChecklist(page, server);
      const heading = page.getByRole('heading', { level: 1, name: 'Dev Spaces nested containers' });
      await expect(heading).toBeVisible();

      const dir = path.join(ROOT, pluginDirFor(consoleVersion));
      const manifest = JSON.parse(readFileSync(path.join(dir, 'plugin-manifest.json'), 'utf8')) as {
        loadScripts: string[];
      };
      const one = (p: string | RegExp): Seen => {
        const hits = seen.filter((s) => (typeof p === 'string' ? s.path === p : p.test(s.path)));
        expect(hits, `one response for ${String(p)}`).toHaveLength(1);
        return hits[0];
      };

      // Served by nginx (server_tokens off) through the proxy, not by the shell.
      const m = one(`${PREFIX}plugin-manifest.json`);
      expect(m.status).toBe(200);
      expect(m.headers.server).toBe('nginx');
      expect(m.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(m.headers['cache-control']).toBe('no-store');
      expect(m.headers['x-content-type-options']).toBe('nosniff');

      const entry = one(`${PREFIX}${manifest.loadScripts[0]}`);
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

      const locale = one(/^\/locales\/resource\.json\?.*ns=plugin__devspaces-nested-containers/);
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
  });
}

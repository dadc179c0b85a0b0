// Each console release loads the build made for it and fails on the other one the way the real
// console does: 4.20/4.21 provide React 17 and call `loadPluginEntry("name@version")`; 4.22
// provides React 18, calls `__load_plugin_entry__("name")` and still defines `loadPluginEntry` as a
// deprecated compatibility path. Each build's `@console/pluginAPI` range refuses the other console
// first, so the entry-callback cases relax that range in a copy of the build.
import type { ConsoleServerOptions } from '../console/server';
import {
  editManifest,
  editedBuild,
  expect,
  openChecklist,
  pluginDirFor,
  ROOT,
  test,
  type ConsoleVersion,
} from './fixtures';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const PLUGIN = 'devspaces-nested-containers';

/** A copy of `from` whose pluginAPI range admits every console from 4.20 on. */
const relaxedBuild = (from: string) =>
  editedBuild(from, (d) =>
    editManifest(d, (m) => (m.dependencies = { '@console/pluginAPI': '>=4.20.0-0' })),
  );

/** Options for the server fixture, computed when the test runs (after the global setup built). */
const serverWith =
  (options: () => Partial<ConsoleServerOptions>) =>
  async ({}, provide: (o: Partial<ConsoleServerOptions>) => Promise<void>) =>
    provide(options());

const entryScript = (consoleVersion: ConsoleVersion): string =>
  (
    JSON.parse(
      readFileSync(path.join(ROOT, pluginDirFor(consoleVersion), 'plugin-manifest.json'), 'utf8'),
    ) as { loadScripts: string[] }
  ).loadScripts[0];

test.describe('console 4.20', () => {
  test.use({ consoleVersion: '4.20' });

  test('provides React 17 and react-i18next 11, and loads the SDK 4.21 build through loadPluginEntry', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.url}/`);
    const shared = page.locator('[data-test="shared-modules"]');
    for (const m of [
      'react 17.0.2',
      'react-i18next 11.18.6',
      'react-router 5.3.4',
      'react-router-dom 5.3.4',
      '@openshift-console/dynamic-plugin-sdk 4.20.0',
    ]) {
      await expect(shared).toContainText(m);
    }
    expect(
      await page.evaluate(() => [
        typeof (window as unknown as Record<string, unknown>).loadPluginEntry,
        typeof (window as unknown as Record<string, unknown>).__load_plugin_entry__,
      ]),
    ).toEqual(['function', 'undefined']);
    await openChecklist(page, server);
    const served = server.served.map((r) => r.path);
    expect(served).toContain(`/api/plugins/${PLUGIN}/${entryScript('4.20')}`);
  });

  test.describe('with the 4.22 build', () => {
    test.use({
      serverOptions: [serverWith(() => ({ pluginDir: pluginDirFor('4.22') })), { scope: 'test' }],
      allowedConsoleErrors: [/Failed to load plugin/],
    });

    test('refuses it by its pluginAPI range', async ({ page, server }) => {
      await page.goto(`${server.url}/devspaces-nested-containers`);
      await expect(page.locator('[data-test="plugin-load-error-text"]')).toContainText(
        '@console/pluginAPI >=4.22.0-0 is not satisfied by console 4.20.0',
      );
      await expect(page.locator('[data-test="page-not-found"]')).toBeVisible();
    });
  });

  test.describe('with a 4.22 build whose range admits 4.20', () => {
    test.use({
      serverOptions: [
        serverWith(() => ({ pluginDir: relaxedBuild(pluginDirFor('4.22')) })),
        { scope: 'test' },
      ],
      // One regexp: Playwright reads a two-element array as [value, options].
      allowedConsoleErrors: [/__load_plugin_entry__ is not defined|Failed to load plugin/],
    });

    test('fails to load: its entry calls __load_plugin_entry__, which 4.20 does not define', async ({
      page,
      server,
    }) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${server.url}/devspaces-nested-containers`);
      await expect(page.locator('[data-test="plugin-load-error-text"]')).toHaveText(
        `Entry script for plugin ${PLUGIN}@0.1.0 loaded without callback`,
      );
      await expect(page.locator('[data-test="page-not-found"]')).toBeVisible();
      expect(pageErrors.join('\n')).toMatch(/__load_plugin_entry__ is not defined/);
    });
  });
});

test.describe('console 4.22', () => {
  test.use({ consoleVersion: '4.22' });

  test.describe('with the 4.21 build', () => {
    test.use({
      serverOptions: [serverWith(() => ({ pluginDir: pluginDirFor('4.20') })), { scope: 'test' }],
      allowedConsoleErrors: [/Failed to load plugin/],
    });

    test('refuses it by its pluginAPI range (<4.22)', async ({ page, server }) => {
      await page.goto(`${server.url}/devspaces-nested-containers`);
      await expect(page.locator('[data-test="plugin-load-error-text"]')).toContainText(
        '@console/pluginAPI >=4.20.0-0 <4.22.0-0 is not satisfied by console 4.22.0',
      );
    });
  });

  test.describe('with a 4.21 build whose range admits 4.22', () => {
    test.use({
      serverOptions: [
        serverWith(() => ({ pluginDir: relaxedBuild(pluginDirFor('4.20')) })),
        { scope: 'test' },
      ],
    });

    test('loads it through the deprecated loadPluginEntry path, on React 18', async ({
      page,
      server,
    }) => {
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await openChecklist(page, server);
      await expect(page.locator('[data-test="nested-containers-state"]').first()).toHaveAttribute(
        'data-state',
        'disabled',
      );
      const log = warnings.join('\n');
      expect(log).toContain(
        `Plugin ${PLUGIN}@0.1.0 uses the deprecated window.loadPluginEntry callback`,
      );
      // Its shared-module requirements (React ^17) are not met; webpack only warns, as in the console.
      expect(log).toMatch(/Unsatisfied version 18\.3\.1 .*react/);
    });
  });
});

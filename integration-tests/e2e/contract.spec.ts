// A plugin that breaks the console contract fails in the shell as it would in the console.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { editManifest, editedBuild, expect, test } from './fixtures';

/** A copy of the 4.22 production build with one thing broken. */
const brokenBuild = (edit: (dir: string) => void): string => editedBuild('dist-e2e', edit);

test.describe('a plugin requiring a newer console', () => {
  test.use({
    serverOptions: {
      pluginDir: brokenBuild((d) =>
        editManifest(d, (m) => (m.dependencies = { '@console/pluginAPI': '>=4.23.0-0' })),
      ),
    },
    allowedConsoleErrors: [/Failed to load plugin/],
  });

  test('is refused with the dependency error', async ({ page, server }) => {
    await page.goto(`${server.url}/devspaces-nested-containers`);
    await expect(page.locator('[data-test="plugin-load-error-text"]')).toContainText(
      '@console/pluginAPI >=4.23.0-0',
    );
    await expect(page.locator('[data-test="page-not-found"]')).toBeVisible();
  });
});

test.describe('a code reference to a module the container does not expose', () => {
  test.use({
    serverOptions: {
      pluginDir: brokenBuild((d) =>
        editManifest(d, (m) => {
          const route = (
            m.extensions as { type: string; properties: { component: { $codeRef: string } } }[]
          ).find((e) => e.type === 'console.page/route')!;
          route.properties.component.$codeRef = 'MissingModule';
        }),
      ),
    },
    allowedConsoleErrors: [/MissingModule|does not exist in container|The above error occurred/],
  });

  test('fails where it is used and on the plugins page', async ({ page, server }) => {
    await page.goto(`${server.url}/devspaces-nested-containers`);
    await expect(page.locator('[data-test="plugin-error-boundary"]')).toContainText(
      'MissingModule',
    );
    await page.goto(`${server.url}/console-plugins`);
    await expect(page.locator('[data-test="code-ref-MissingModule"]')).toHaveAttribute(
      'data-status',
      'error',
    );
  });
});

test.describe('an unknown extension type', () => {
  test.use({
    serverOptions: {
      pluginDir: brokenBuild((d) =>
        editManifest(d, (m) =>
          (m.extensions as unknown[]).push({ type: 'console.page/nonexistent', properties: {} }),
        ),
      ),
    },
  });

  test('is reported on the plugins page while the rest still works', async ({ page, server }) => {
    await page.goto(`${server.url}/console-plugins`);
    await expect(page.locator('[data-test="plugin-warning"]')).toContainText(
      'console.page/nonexistent',
    );
  });
});

test.describe('a shared-module version mismatch (plugin requires React 19)', () => {
  test.use({
    serverOptions: {
      pluginDir: brokenBuild((d) => {
        const entry = readdirSync(d).find((f) => f.startsWith('plugin-entry'))!;
        const file = path.join(d, entry);
        writeFileSync(file, readFileSync(file, 'utf8').replace('[1,18,3,1]', '[1,19,0,0]'));
      }),
    },
  });

  test('only warns "Unsatisfied version" and still uses the console copy, like webpack in the console', async ({
    page,
    server,
  }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${server.url}/devspaces-nested-containers`);
    await expect(page.locator('[data-test="nested-containers-state"]').first()).toBeVisible();
    expect(warnings.join('\n')).toMatch(/Unsatisfied version 18\.3\.1 .*react/);
  });
});

// The build for the other console generation, as each real console refuses it: the console checks
// the manifest's @console/pluginAPI range against its release and does not load the plugin, so
// its route and navigation item never appear. (dist/ requires >=4.22.0-0; dist-4.21/ requires
// >=4.20.0-0 <4.22.0-0.)
import { rmSync } from 'node:fs';
import { editedBuild, editManifest, pluginDirFor } from '../../e2e/fixtures';
import { expect, PAGE_PATH, test, visit } from './fixtures';

/** 4.20/4.21 when a script from the manifest ran but never called `loadPluginEntry`. */
const LOADED_WITHOUT_CALLBACK =
  /Failed to load scripts of plugin devspaces-nested-containers Error: Scripts of plugin devspaces-nested-containers@0\.1\.0 loaded without entry callback/;

const wrongBuild = (v: string) => pluginDirFor(v === '4.22' ? '4.21' : '4.22');

/** What each console logs when the pluginAPI range excludes it (from the consoles' own output). */
const refusal: Record<string, RegExp> = {
  '4.20':
    /Failed to resolve dependencies of plugin devspaces-nested-containers.*Unmet dependency on Console plugin API: @console\/pluginAPI: required >=4\.22\.0-0, current 4\.20\.0/,
  '4.21':
    /Failed to resolve dependencies of plugin devspaces-nested-containers.*Unmet dependency on Console plugin API: @console\/pluginAPI: required >=4\.22\.0-0, current 4\.21\.0/,
  '4.22':
    /Custom dependency @console\/pluginAPI not met: required range >=4\.20\.0-0 <4\.22\.0-0, resolved version 4\.22\.0/,
};

test.describe('the other generation’s build', () => {
  test.use({
    consoleOptions: async ({ realConsole }, provide) =>
      provide({ pluginDir: wrongBuild(realConsole) }),
    expectedProblems: async ({ realConsole }, provide) => provide([refusal[realConsole]]),
  });

  test('is refused by the pluginAPI check: no route, no navigation item', async ({
    page,
    rc,
    realConsole,
    seen,
  }) => {
    await visit(page, rc, PAGE_PATH);
    await expect
      .poll(() => seen.consoleErrors.some((e) => refusal[realConsole].test(e)), { timeout: 30_000 })
      .toBe(true);
    await expect(page.getByText('404: Page Not Found')).toBeVisible();
    await page.getByRole('button', { name: 'Administration' }).click();
    await expect(page.getByRole('link', { name: 'Dev Spaces nested containers' })).toHaveCount(0);
    await expect(page.locator('[data-test="nested-containers-state"]')).toHaveCount(0);
  });
});

test.describe('the other generation’s build with its pluginAPI range removed', () => {
  test.use({
    consoleOptions: async ({ realConsole }, provide) => {
      const dir = editedBuild(wrongBuild(realConsole), (d) =>
        editManifest(d, (m) => {
          delete (m.dependencies as Record<string, string>)['@console/pluginAPI'];
        }),
      );
      await provide({ pluginDir: dir });
      rmSync(dir, { recursive: true, force: true });
    },
    expectedProblems: async ({ realConsole }, provide) =>
      provide(
        realConsole === '4.22'
          ? []
          : [/__load_plugin_entry__ is not defined/, LOADED_WITHOUT_CALLBACK],
      ),
  });

  test('4.20/4.21: the 4.22 entry script fails; 4.22: the 4.21 build still loads (deprecated loadPluginEntry)', async ({
    page,
    rc,
    realConsole,
    seen,
  }) => {
    await visit(page, rc, PAGE_PATH);
    if (realConsole === '4.22') {
      await expect(page.locator('[data-test="nested-containers-state"]').first()).toBeVisible({
        timeout: 30_000,
      });
      return;
    }
    await expect
      .poll(() => seen.pageErrors.some((e) => /__load_plugin_entry__ is not defined/.test(e)), {
        timeout: 30_000,
      })
      .toBe(true);
    await expect
      .poll(() => seen.consoleErrors.some((e) => LOADED_WITHOUT_CALLBACK.test(e)), {
        timeout: 30_000,
      })
      .toBe(true);
    await expect(page.getByText('404: Page Not Found')).toBeVisible();
  });
});

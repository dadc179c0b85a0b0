// How the console loads the plugin build meant for it: what it logs while it does. The console
// warns when a shared module the plugin requires is not the version it provides ("Unsatisfied
// version … of shared singleton module …") and when a manifest dependency is unmet; the build for
// each console states what that console provides (webpack.config.js), so it warns about neither.
import { expect, PAGE_PATH, test, boot } from './fixtures';

/**
 * Console warnings and errors about the plugin or a shared module it consumes (the SDK, React,
 * react-i18next, PatternFly's dynamic modules). Other consumers' mismatches are the console's: 4.22
 * warns "Unsatisfied version 5.0.1 from openshift-console of shared singleton module redux
 * (required ^4.0.4)", which the plugin does not consume.
 */
const aboutThePlugin =
  /devspaces-nested-containers|@console\/pluginAPI|shared singleton module (@openshift-console\/dynamic-plugin-sdk|react|react-i18next|@patternfly\/\S+) /;

/**
 * What 4.20 logs for any plugin built with SDK 4.21: the 4.20 console registers every shared module
 * in its share scope under the version `*` (4.21 and 4.22 give real versions), and webpack's runtime
 * finds `*` outside any range — here the SDK 4.21's own react ^17.0.1 and react-i18next ^11.12.0,
 * which are true for the build (React 17.0.2, react-i18next 11 are what 4.20 runs). The console's
 * copy is used regardless.
 */
const CONSOLE_420_SHARE_SCOPE =
  /^Unsatisfied version \* from undefined of shared singleton module (react \(required \^17\.0\.1\)|react-i18next \(required \^11\.12\.0\))$/;

test('the console loads its build without a warning about the plugin or its shared modules', async ({
  page,
  rc,
  seen,
  realConsole,
}, testInfo) => {
  await boot(page, rc, PAGE_PATH);
  await expect(page.locator('[data-test="nested-containers-state"]').first()).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.locator('[data-test="loading"]')).toHaveCount(0);
  // Everything the console warned or complained about while booting, for the record.
  await testInfo.attach('console-warnings.txt', {
    body: [...seen.consoleWarnings, ...seen.consoleErrors.map((e) => `error: ${e}`)].join('\n'),
    contentType: 'text/plain',
  });
  expect(
    [...seen.consoleWarnings, ...seen.consoleErrors].filter(
      (m) => aboutThePlugin.test(m) && !(realConsole === '4.20' && CONSOLE_420_SHARE_SCOPE.test(m)),
    ),
  ).toEqual([]);
});

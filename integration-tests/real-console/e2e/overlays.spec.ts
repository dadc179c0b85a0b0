// The plugin's overlays in each real console: a tooltip, copy-to-clipboard and the confirmation
// dialog. On 4.20/4.21 the plugin brings its own PatternFly, whose portals are made by the build's
// react-dom stand-in (src/shims/reactDomPortal.ts) and mounted by the console's react-dom; on 4.22
// they are the console's PatternFly. Each kind opens once per console.
import type { Page } from '@playwright/test';
import { checkStatus } from '../../e2e/fixtures';
import { expect, openChecklist, test } from './fixtures';

const toggle = (page: Page) => page.locator('[data-test="nested-containers-toggle"]').first();
const dialog = (page: Page) => page.locator('[data-test="nested-containers-confirm"]');
const LOG_COMMAND = 'oc logs -n openshift-operators deployment/devspaces-operator --tail=200';

test.describe('a failing check with a command to copy', () => {
  test.use({ scenario: 'reconcile-failed.yaml' });

  test('the copy button has its tooltip and copies the command', async ({
    page,
    rc,
    realConsole,
  }) => {
    await openChecklist(page, rc);
    const origin = new URL(page.url()).origin;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const remedy = checkStatus(page, 'devspaces-phase').locator(
      '[data-test="remedy-operator-logs"]',
    );
    const copy = remedy.getByRole('button', { name: /^Copy/ });
    await copy.hover();
    // PatternFly 6.2 (bundled for 4.20/4.21) names the button by its tooltip, so there the
    // tooltip carries the remedy's explanation (src/components/copyButtonLabel.ts).
    await expect(page.getByRole('tooltip')).toHaveText(
      realConsole === '4.22' ? 'Copy' : /^Copy: Read the operator's log/,
    );
    // A click hides PatternFly's copy tooltip (its Tooltip hides on any click while shown).
    await copy.click();
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(LOG_COMMAND);
  });
});

test.describe('a failing check with an object to apply (the Jira SCC)', () => {
  test.use({ scenario: 'jira-scc.yaml' });

  test('the YAML shows on request, whole, and copies as YAML', async ({ page, rc }) => {
    await openChecklist(page, rc);
    const origin = new URL(page.url()).origin;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const remedy = checkStatus(page, 'run-scc').locator('[data-test="remedy-scc-expected"]');
    await expect(remedy.getByRole('textbox')).toHaveCount(0);
    await remedy.getByRole('button', { name: 'Show the YAML' }).click();
    await expect(remedy).toContainText('kind: SecurityContextConstraints');
    await expect(remedy).toContainText('allowedCapabilities:');
    await remedy.getByRole('button', { name: /^Copy/ }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^apiVersion: security\.openshift\.io\/v1\n/);
    expect(copied).toContain('\n  - SETUID\n');
  });
});

test.describe("a ready cluster of the console's own release, feature off", () => {
  test.use({
    scenario: async ({ realConsole }, provide) => provide(`ocp-${realConsole}-ready-off.yaml`),
  });

  test('the confirmation opens as a dialog over the page and closes on Escape', async ({
    page,
    rc,
  }) => {
    await openChecklist(page, rc);
    await toggle(page).click();
    const modal = page.getByRole('dialog');
    await expect(modal).toBeVisible();
    await expect(dialog(page)).toContainText('devspaces');
    // Mounted outside the plugin's tree, in a portal on the document body.
    expect(
      await dialog(page).evaluate((el) => el.closest('#app, #content-scrollable') === null),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(toggle(page)).toBeFocused();
  });
});

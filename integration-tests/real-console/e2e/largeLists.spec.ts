// A healthy cluster larger than one page of the console's list watch (250 objects): 400 users, each
// with a user namespace, its RoleBinding and a running workspace. The console reports a paged list
// loaded after its first page; judged then, scc-rbac saw namespaces without their RoleBindings and
// said "missing" until the other pages came. An administrator must see "Ready" from the first answer
// on, judged on all 400 workspaces.
import { checkStatus } from '../../e2e/fixtures';
import { expect, PAGE_PATH, test, visit } from './fixtures';

declare global {
  interface Window {
    __e2eShown?: string[];
  }
}

/** Records every verdict and every check status the page shows, from now on. */
const recordShown = () => {
  const shown = (window.__e2eShown = [] as string[]);
  const note = () => {
    const verdict = document.querySelector('[data-test="nested-containers-verdict"]');
    if (verdict) shown.push(`verdict=${verdict.getAttribute('data-verdict')}`);
    for (const row of document.querySelectorAll('[data-test^="check-"][data-status]'))
      shown.push(`${row.getAttribute('data-test')}=${row.getAttribute('data-status')}`);
  };
  note();
  new MutationObserver(note).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-status', 'data-verdict'],
  });
};

const PAGED_LISTS = [
  '/api/v1/pods',
  '/api/v1/namespaces',
  '/apis/rbac.authorization.k8s.io/v1/rolebindings',
  '/apis/workspace.devfile.io/v1alpha2/devworkspaces',
];

test.describe('more user namespaces and workspaces than one list page', () => {
  test.use({ scenario: 'user-namespaces-400.yaml' });

  test('the verdict is ready from its first answer, judged on every workspace', async ({
    page,
    rc,
  }) => {
    const continued: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      const path = url.pathname.replace(/^\/api\/kubernetes/, '');
      if (PAGED_LISTS.includes(path) && url.searchParams.has('continue')) continued.push(r.url());
    });
    await visit(page, rc, PAGE_PATH);
    await page.evaluate(recordShown);
    const verdict = page.locator('[data-test="nested-containers-verdict"]').first();
    await expect(verdict).toHaveAttribute('data-verdict', 'ready', { timeout: 60_000 });
    await expect(page.locator('[data-test="loading"]')).toHaveCount(0);

    const shown = await page.evaluate(() => [...new Set(window.__e2eShown)]);
    expect(shown.filter((s) => s.startsWith('verdict=')).sort()).toEqual(
      expect.arrayContaining(['verdict=ready']),
    );
    expect(shown.filter((s) => /^verdict=(not-ready|ready-with-warnings)$/.test(s))).toEqual([]);
    expect(shown.filter((s) => /=(fail|warn)$/.test(s))).toEqual([]);
    expect(continued).toEqual([]);

    // Every workspace pod judged (the 400 and the three the scenario's parts run), not the first page's 250.
    const workspaces = page.locator('[data-test="check-group"][aria-label="Workspaces"]');
    await workspaces.locator('[data-test="check-group-fold"] button').first().click();
    const podConfig = checkStatus(page, 'workspace-pod-config');
    await podConfig.getByRole('button', { name: 'Show details' }).click();
    await expect(podConfig.locator('[data-test="detail-containers.tool"]')).toContainText('403');
    const rbac = checkStatus(page, 'scc-rbac');
    await expect(rbac).toHaveAttribute('data-status', 'pass');
  });
});

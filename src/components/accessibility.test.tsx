import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { loaded } from '../core/snapshot';
import { cheCluster, clusterVersion, offSnapshot, workspacePod } from '../core/testing/builders';
import { clearRecentToggles, recordToggle } from '../hooks/recentToggles';
import NestedContainersPage from './NestedContainersPage';
import { installCluster, settleReads } from './testing/fakeConsole';
import { preloadLazyViews } from './testing/lazyViews';
import { focused } from './testing/queries';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('./testing/sdkMock'));

afterEach(() => clearRecentToggles());

/** axe's WCAG A/AA rules; layout-dependent ones (contrast) need a real browser. */
const violations = async (root: Element) => {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
};

beforeAll(preloadLazyViews, 60_000);

// axe over a whole PatternFly page in jsdom takes seconds, far more on a loaded shared machine.
describe('accessibility', () => {
  it('the page with failures, warnings, tables and a blocked toggle has no WCAG A/AA violation', async () => {
    installCluster(
      offSnapshot({
        clusterVersion: loaded(clusterVersion('4.19.9')),
        workspacePods: loaded([workspacePod({ name: 'rooty', runAsUser: 0, runAsNonRoot: false })]),
      }),
    );
    const { container } = render(<NestedContainersPage />);
    await settleReads();
    // Axe the page once its lazily loaded parts (tables, remedies) are in.
    await screen.findByTestId('root-on-host-table');
    await screen.findAllByRole('button', { name: /^Copy:/ });
    expect(await violations(container)).toEqual([]);
  }, 60_000);

  it("the summary with the operator's progress after a toggle has no violation", async () => {
    recordToggle({
      namespace: 'openshift-devspaces',
      name: 'devspaces',
      enabled: true,
      at: Date.now(),
    });
    installCluster(offSnapshot({ cheClusters: loaded([cheCluster({ enabled: true })]) }));
    const { container } = render(<NestedContainersPage />);
    await settleReads();
    expect(screen.getByTestId('reconcile-progress')).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('the confirmation dialog is labelled, focus moves into it, and it has no violation', async () => {
    installCluster(offSnapshot());
    render(<NestedContainersPage />);
    await settleReads();
    await userEvent.click(screen.getByTestId('nested-containers-toggle'));
    const dialog = await screen.findByRole('dialog', {
      name: 'Turn on nested containers for openshift-devspaces/devspaces?',
    });
    await waitFor(() => expect(dialog.contains(focused())).toBe(true));
    expect(await violations(dialog)).toEqual([]);
  }, 60_000);
});

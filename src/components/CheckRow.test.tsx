import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckResult } from '../core/results';
import { CheckRow } from './CheckRow';

const loading: CheckResult = {
  id: 'run-scc',
  status: 'unknown',
  reason: 'loading',
  params: { resource: 'SecurityContextConstraints container-run' },
  details: [],
  remedies: [],
};
const differs: CheckResult = {
  id: 'run-scc',
  status: 'fail',
  reason: 'scc-differs',
  params: { name: 'container-run', fields: ['userNamespaceLevel'] },
  details: [
    {
      key: 'scc.userNamespaceLevel',
      actual: 'AllowHostLevel',
      expected: 'RequirePodLevel',
      ok: false,
    },
  ],
  remedies: [{ kind: 'oc', code: 'recreate-managed-scc', text: 'oc delete scc container-run' }],
};

describe('CheckRow', () => {
  it('shows the fields found against those expected and a copyable remedy for a failure', async () => {
    render(
      <ul>
        <CheckRow result={differs} />
      </ul>,
    );
    const row = screen.getByTestId('check-run-scc');
    expect(row.dataset.status).toBe('fail');
    const detail = within(row).getByTestId('detail-scc.userNamespaceLevel');
    expect(detail.textContent).toContain('AllowHostLevel');
    expect(detail.textContent).toContain('RequirePodLevel');
    expect(detail.textContent).toContain('Differs');
    const remedy = await within(row).findByTestId('remedy-recreate-managed-scc');
    expect(remedy.textContent).toContain('Delete the drifted SCC so the operator recreates it.');
    expect(within(remedy).getByDisplayValue('oc delete scc container-run')).toBeTruthy();
    expect(
      within(remedy).getByRole('button', {
        name: 'Copy: Delete the drifted SCC so the operator recreates it.',
      }),
    ).toBeTruthy();
  });

  it('opens the details when a loading check turns into a failure, until the user closes them', async () => {
    const { rerender } = render(
      <ul>
        <CheckRow result={loading} />
      </ul>,
    );
    rerender(
      <ul>
        <CheckRow result={differs} />
      </ul>,
    );
    expect(screen.getByTestId('detail-scc.userNamespaceLevel')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Hide details' }));
    expect(screen.getByRole('button', { name: 'Show details' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    // A closed section holds no evidence (PatternFly would keep it in the DOM, hidden).
    expect(screen.queryByTestId('detail-scc.userNamespaceLevel')).toBeNull();
    expect(screen.queryByTestId('remedy-recreate-managed-scc')).toBeNull();
  });

  it('renders a passing check closed, its evidence only once opened', async () => {
    const passing: CheckResult = {
      id: 'run-scc',
      status: 'pass',
      reason: 'scc-ok',
      params: { name: 'container-run' },
      details: [
        {
          key: 'scc.userNamespaceLevel',
          actual: 'RequirePodLevel',
          expected: 'RequirePodLevel',
          ok: true,
        },
      ],
      remedies: [],
    };
    render(
      <ul>
        <CheckRow result={passing} />
      </ul>,
    );
    expect(screen.queryByTestId('check-details')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show details' }));
    expect(screen.getByTestId('detail-scc.userNamespaceLevel').textContent).toContain(
      'RequirePodLevel',
    );
  });

  it('words count-like facts, and shows object fields as the path found in the YAML', () => {
    const legacy: CheckResult = {
      id: 'legacy-workspaces',
      status: 'warn',
      reason: 'legacy-will-break',
      params: { count: 3 },
      details: [
        { key: 'workspaces.legacy', actual: 3, expected: 0, ok: false },
        { key: 'config.workspace.hostUsers', actual: null, expected: false, ok: false },
      ],
      remedies: [],
    };
    render(
      <ul>
        <CheckRow result={legacy} />
      </ul>,
    );
    expect(screen.getByTestId('detail-workspaces.legacy').textContent).toContain(
      'Workspaces created with another SCC',
    );
    const field = screen.getByTestId('detail-config.workspace.hostUsers');
    expect(
      within(field).getByText('config.workspace.hostUsers', { selector: 'code' }),
    ).toBeTruthy();
  });

  it('pages evidence of thousands of workspaces instead of rendering every row', async () => {
    const images: CheckResult = {
      id: 'workspace-images',
      status: 'warn',
      reason: 'images-verify',
      params: { count: 5000, workspaces: [] },
      details: Array.from({ length: 5000 }, (_, i) => ({
        key: `user${i}-devspaces/ws-${i}`,
        actual: [`quay.io/example/custom:${i} (not-known)`],
        ok: false,
      })),
      remedies: [],
    };
    render(
      <ul>
        <CheckRow result={images} />
      </ul>,
    );
    const table = await screen.findByTestId('check-details');
    expect(table.dataset.count).toBe('5000');
    // One page of rows is in the document, the first ones in their order.
    expect(within(table).getAllByTestId(/^detail-/)).toHaveLength(10);
    expect(within(table).getByTestId('detail-user0-devspaces/ws-0').textContent).toContain(
      'quay.io/example/custom:0',
    );
    await userEvent.click(within(table).getAllByRole('button', { name: 'Go to next page' })[0]);
    expect(within(table).getByTestId('detail-user10-devspaces/ws-10')).toBeTruthy();
  });
});

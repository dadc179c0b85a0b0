import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PagedTable } from './PagedTable';
import { idsIn } from './testing/queries';

const rowsOf = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `ws-${String(i).padStart(2, '0')}` }));

const table = (dataTest = 'legacy', rows = rowsOf(35)) => (
  <PagedTable
    rows={rows}
    columns={[{ title: 'Name', render: (r) => r.name }]}
    rowKey={(r) => r.name}
    ariaLabel="Workspaces"
    dataTest={dataTest}
  />
);

describe('PagedTable', () => {
  it('renders one page of rows and pages through the rest', async () => {
    render(table());
    const grid = screen.getByRole('grid', { name: 'Workspaces' });
    expect(within(grid).getAllByRole('row')).toHaveLength(11); // header + 10
    await userEvent.click(await screen.findByRole('button', { name: 'Go to next page' }));
    expect(within(grid).getByText('ws-10')).toBeTruthy();
    expect(within(grid).queryByText('ws-00')).toBeNull();
  });

  it('names the per-page toggle by its visible text (WCAG 2.5.3 label in name)', async () => {
    render(table());
    // The accessible name is computed from the content, so "1 - 10 of 35" is what is announced.
    expect(await screen.findByRole('button', { name: /^1 - 10 of 35/ })).toBeTruthy();
  });

  it('shows no pagination for a table that fits on one page', async () => {
    render(table('small', rowsOf(10)));
    const grid = screen.getByRole('grid', { name: 'Workspaces' });
    expect(within(grid).getAllByRole('row')).toHaveLength(11);
    // Were it rendered, it would be there once its module has loaded.
    await act(async () => {
      await import('./TablePagination');
    });
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Go to next page' })).toBeNull();
  });

  it('gives each table on a page its own pagination ids', async () => {
    const { container } = render(
      <>
        {table('legacy')}
        {table('root')}
      </>,
    );
    await screen.findAllByRole('button', { name: 'Go to next page' });
    const ids = idsIn(container);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

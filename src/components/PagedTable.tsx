import * as React from 'react';
import { ColumnTable, type Column } from './ColumnTable';
import { PAGE_SIZES } from './pageSizes';

// PatternFly's Pagination brings its options menu (Menu, TextInput, focus trap: ~25 KB gzip
// where the console does not share PatternFly, 4.20/4.21): fetched only for a table that needs it.
const TablePagination = React.lazy(() =>
  import('./TablePagination').then((m) => ({ default: m.TablePagination })),
);
const FIRST_PAGE = PAGE_SIZES[0];

/**
 * A table that renders one page of rows only, so tens of thousands of rows stay fast: the rows
 * arrive sorted; this slices them.
 */
export const PagedTable = <T,>({
  rows,
  columns,
  rowKey,
  rowDataTest,
  ariaLabel,
  dataTest,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** A row's `data-test`, where the rows are part of the automation contract. */
  rowDataTest?: (row: T) => string;
  ariaLabel: string;
  dataTest: string;
}): React.ReactElement => {
  const [page, setPage] = React.useState(1);
  const [perPage, setPerPage] = React.useState<number>(FIRST_PAGE);
  const lastPage = Math.max(1, Math.ceil(rows.length / perPage));
  const current = Math.min(page, lastPage); // rows may shrink under a watch
  const visible = rows.slice((current - 1) * perPage, current * perPage);
  return (
    <div data-test={dataTest} data-count={rows.length}>
      {rows.length > FIRST_PAGE && (
        <React.Suspense fallback={null}>
          <TablePagination
            itemCount={rows.length}
            page={current}
            perPage={perPage}
            onPage={setPage}
            onPerPage={(pp, p) => {
              setPerPage(pp);
              setPage(p);
            }}
            widgetId={`${dataTest}-pagination`}
          />
        </React.Suspense>
      )}
      <ColumnTable
        rows={visible}
        columns={columns}
        rowKey={rowKey}
        rowDataTest={rowDataTest}
        ariaLabel={ariaLabel}
      />
    </div>
  );
};

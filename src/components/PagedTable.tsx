import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination, type PaginationTitles } from '@patternfly/react-core';
import { I18N_NAMESPACE } from '../i18n';
import { ColumnTable, type Column } from './ColumnTable';

const PER_PAGE_OPTIONS = [10, 20, 50, 100].map((n) => ({ title: String(n), value: n }));

const usePaginationTitles = (): PaginationTitles => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return React.useMemo(
    () => ({
      items: t('items'),
      page: t('page'),
      pages: t('pages'),
      itemsPerPage: t('Items per page'),
      perPageSuffix: t('per page'),
      ofWord: t('of'),
      toFirstPageAriaLabel: t('Go to first page'),
      toPreviousPageAriaLabel: t('Go to previous page'),
      toNextPageAriaLabel: t('Go to next page'),
      toLastPageAriaLabel: t('Go to last page'),
      // No optionsToggleAriaLabel: the toggle's visible text ("1 - 10 of 35") must be its
      // accessible name (WCAG 2.5.3, axe label-content-name-mismatch).
      currPageAriaLabel: t('Current page'),
      paginationAriaLabel: t('Pagination'),
    }),
    [t],
  );
};

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
  const titles = usePaginationTitles();
  const [page, setPage] = React.useState(1);
  const [perPage, setPerPage] = React.useState(10);
  const lastPage = Math.max(1, Math.ceil(rows.length / perPage));
  const current = Math.min(page, lastPage); // rows may shrink under a watch
  const visible = rows.slice((current - 1) * perPage, current * perPage);
  return (
    <div data-test={dataTest} data-count={rows.length}>
      <Pagination
        itemCount={rows.length}
        page={current}
        perPage={perPage}
        perPageOptions={PER_PAGE_OPTIONS}
        onSetPage={(_e, p) => setPage(p)}
        onPerPageSelect={(_e, pp, p) => {
          setPerPage(pp);
          setPage(p);
        }}
        titles={titles}
        // Unique per table: PatternFly derives the toggle's element id from it.
        widgetId={`${dataTest}-pagination`}
        isCompact
      />
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

import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination, type PaginationTitles } from '@patternfly/react-core';
import { I18N_NAMESPACE } from '../i18n';
import { PAGE_SIZES } from './pageSizes';

const PER_PAGE_OPTIONS = PAGE_SIZES.map((n) => ({ title: String(n), value: n }));

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

/** PatternFly's compact Pagination with the plugin's words, for PagedTable. */
export const TablePagination: React.FC<{
  itemCount: number;
  page: number;
  perPage: number;
  onPage: (page: number) => void;
  onPerPage: (perPage: number, page: number) => void;
  /** Unique per table: PatternFly derives the toggle's element id from it. */
  widgetId: string;
}> = ({ itemCount, page, perPage, onPage, onPerPage, widgetId }) => (
  <Pagination
    itemCount={itemCount}
    page={page}
    perPage={perPage}
    perPageOptions={PER_PAGE_OPTIONS}
    onSetPage={(_e, p) => onPage(p)}
    onPerPageSelect={(_e, pp, p) => onPerPage(pp, p)}
    titles={usePaginationTitles()}
    widgetId={widgetId}
    isCompact
  />
);

import * as React from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckDetail } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import { detailLabel } from './text';
import { formatParam } from './text';
import { ColumnTable, type Column } from './ColumnTable';

// Evidence with one row per workspace or pod can have tens of thousands of rows; those go through
// a paged table (its own chunk, PatternFly's Pagination), which renders one page only.
const PagedDetails = React.lazy(() =>
  import('./PagedTable').then((m) => ({ default: m.PagedTable<CheckDetail> })),
);
const PAGED_ABOVE = 20;

/** The facts that prove a result: each field found, against the one expected. */
export const CheckDetails: React.FC<{ details: CheckDetail[]; label: string }> = ({
  details,
  label,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const columns = React.useMemo((): Column<CheckDetail>[] => {
    const hasExpected = details.some((d) => d.expected !== undefined);
    const hasOk = details.some((d) => d.ok !== undefined);
    return [
      {
        title: t('Field'),
        render: (d) =>
          detailLabel(t, d.key) ?? <code style={{ wordBreak: 'break-word' }}>{d.key}</code>,
      },
      { title: t('Found'), render: (d) => <code>{formatParam(d.actual)}</code> },
      ...(hasExpected
        ? [
            {
              title: t('Expected'),
              render: (d: CheckDetail) =>
                d.expected !== undefined && <code>{formatParam(d.expected)}</code>,
            },
          ]
        : []),
      ...(hasOk
        ? [
            {
              title: t('Result'),
              render: (d: CheckDetail) =>
                d.ok === true ? t('Matches') : d.ok === false && <strong>{t('Differs')}</strong>,
            },
          ]
        : []),
    ];
  }, [details, t]);
  if (!details.length) return null;
  const table = {
    rows: details,
    columns,
    rowKey: (d: CheckDetail) => d.key,
    rowDataTest: (d: CheckDetail) => `detail-${d.key}`,
    ariaLabel: label,
  };
  return (
    // Long field paths and values wrap, and a table still wider than the row scrolls inside it.
    <div style={{ overflowX: 'auto' }}>
      {details.length > PAGED_ABOVE ? (
        <React.Suspense fallback={null}>
          <PagedDetails {...table} dataTest="check-details" />
        </React.Suspense>
      ) : (
        <ColumnTable {...table} borders={false} />
      )}
    </div>
  );
};

import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Label } from '@patternfly/react-core';
// Straight from the icon files: these icons are only on the fleet page, and through the index
// each would become a shared module the plugin entry lists on every console at boot.
import ArrowsAltVIcon from '@patternfly/react-icons/dist/esm/icons/arrows-alt-v-icon';
import ExternalLinkAltIcon from '@patternfly/react-icons/dist/esm/icons/external-link-alt-icon';
import LongArrowAltDownIcon from '@patternfly/react-icons/dist/esm/icons/long-arrow-alt-down-icon';
import LongArrowAltUpIcon from '@patternfly/react-icons/dist/esm/icons/long-arrow-alt-up-icon';
import type { FleetRow } from '../../core/fleet/fleetRow';
import type { FleetView, SortColumn } from '../../core/fleet/fleetView';
import { I18N_NAMESPACE } from '../../i18n';
import { Link } from '../../utils/router';
import { answerText, checkTitle, stateText } from '../text';
import { PF_CLASSES } from '../patternflyClasses';
import { PF_FLEET_CLASSES } from './patternflyFleetClasses';

const pf = { ...PF_CLASSES, ...PF_FLEET_CLASSES };

/** Another cluster's console opens beside this one. */
const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

export interface FleetTableProps {
  rows: readonly FleetRow[];
  view: FleetView;
  onSort: (column: SortColumn) => void;
  /** A row's checklist in this console, and the cluster's own console when ACM knows its URL. */
  pageOf: (row: FleetRow) => RowPages;
  onDownload: (row: FleetRow, format: 'json' | 'markdown') => void;
}

export type RowPages = { checklist: string; console?: string };

const SortHeader: React.FC<{
  column: SortColumn;
  title: string;
  view: FleetView;
  onSort: (column: SortColumn) => void;
}> = ({ column, title, view, onSort }) => {
  const active = view.sort === column;
  const Icon = !active
    ? ArrowsAltVIcon
    : view.direction === 'asc'
      ? LongArrowAltUpIcon
      : LongArrowAltDownIcon;
  return (
    <th
      className={[pf.tableTh, pf.tableSort, pf.wrap, ...(active ? [pf.selected] : [])].join(' ')}
      aria-sort={active ? (view.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      scope="col"
    >
      <button type="button" className={pf.tableButton} onClick={() => onSort(column)}>
        <div className={pf.tableButtonContent}>
          <span className={pf.tableText}>{title}</span>
          <span className={pf.tableSortIndicator}>
            <Icon />
          </span>
        </div>
      </button>
    </th>
  );
};

/**
 * One cluster's row; memoized: an answer for another cluster does not render it again. A row not
 * read yet says "Reading…" as text: a spinner in each of hundreds of rows kept the main thread
 * painting (bench/fleet.bench.ts), and the toolbar already counts what is left.
 */
const FleetTableRow = React.memo(function FleetTableRow({
  row,
  checklist,
  consoleUrl,
  onDownload,
}: {
  row: FleetRow;
  checklist: string;
  consoleUrl?: string;
  onDownload: FleetTableProps['onDownload'];
}) {
  const { t } = useTranslation(I18N_NAMESPACE);
  const blocking = row.problems.filter((p) => p.blocking);
  const answer = answerText(t, {
    answer: row.answer.kind === 'headline' ? row.answer.headline.kind : row.answer.kind,
    ...(row.answer.kind === 'cannot-read'
      ? { failure: row.answer.failure, message: row.answer.message }
      : {}),
    problem: blocking[0] ?? row.problems[0],
    problems: row.problems.length,
  });
  return (
    <tr
      className={pf.tableTr}
      data-test="fleet-row"
      data-cluster={row.cluster}
      data-verdict={row.verdict}
      data-state={row.state === 'mixed' ? 'mixed' : row.state}
      data-read={row.answer.kind === 'reading' ? 'pending' : 'answered'}
    >
      <td className={pf.tableTd} data-label={t('Cluster')}>
        <Link to={checklist} data-test="fleet-cluster-link">
          {row.cluster}
        </Link>{' '}
        {row.hub && <Label isCompact>{t('hub')}</Label>}
        {consoleUrl && (
          <Button
            variant="link"
            isInline
            component="a"
            href={consoleUrl}
            {...NEW_TAB}
            icon={<ExternalLinkAltIcon />}
            iconPosition="end"
            aria-label={t('Open the console of {{cluster}}', { cluster: row.cluster })}
          >
            {t('Console')}
          </Button>
        )}
        {row.answer.kind !== 'reading' && (
          <div>
            {t('Report:')}{' '}
            <Button
              variant="link"
              isInline
              aria-label={t('Download the report of {{cluster}} as JSON', {
                cluster: row.cluster,
              })}
              onClick={() => onDownload(row, 'json')}
            >
              {t('JSON')}
            </Button>{' '}
            <Button
              variant="link"
              isInline
              aria-label={t('Download the report of {{cluster}} as Markdown', {
                cluster: row.cluster,
              })}
              onClick={() => onDownload(row, 'markdown')}
            >
              {t('Markdown')}
            </Button>
          </div>
        )}
      </td>
      <td className={pf.tableTd} data-label={t('OpenShift')}>
        {row.openshiftVersion ?? '—'}
      </td>
      <td className={pf.tableTd} data-label={t('Dev Spaces instances')}>
        {row.instances ?? '—'}
      </td>
      <td className={pf.tableTd} data-label={t('Nested containers')}>
        {stateText(t, row.state)}
      </td>
      <td className={pf.tableTd} data-label={t('Verdict')} data-test="fleet-verdict">
        {answer}
      </td>
      <td className={pf.tableTd} data-label={t('Blocking problems')}>
        {blocking.length === 0 ? '—' : blocking.map((p) => checkTitle(t, p.check)).join(', ')}
      </td>
      <td className={pf.tableTd} data-label={t('Read at')}>
        {row.readAt === undefined ? '—' : new Date(row.readAt).toLocaleTimeString()}
      </td>
    </tr>
  );
});

/**
 * The fleet, one row per cluster, sortable by each column. PatternFly's table markup (as
 * ColumnTable): @patternfly/react-table would add its shared modules to the plugin entry that
 * every console loads at boot, for a page only an ACM hub shows.
 */
export const FleetTable: React.FC<FleetTableProps> = ({
  rows,
  view,
  onSort,
  pageOf,
  onDownload,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const head = (column: SortColumn, title: string) => (
    <SortHeader column={column} title={title} view={view} onSort={onSort} />
  );
  return (
    <table
      aria-label={t('Clusters')}
      role="grid"
      className={[pf.table, pf.gridMd, pf.compact].join(' ')}
      data-test="fleet-table"
    >
      <thead className={pf.tableThead}>
        <tr className={pf.tableTr}>
          {head('cluster', t('Cluster'))}
          {head('version', t('OpenShift'))}
          {head('instances', t('Dev Spaces instances'))}
          {head('state', t('Nested containers'))}
          {head('verdict', t('Verdict'))}
          <th className={`${pf.tableTh} ${pf.wrap}`} scope="col">
            {t('Blocking problems')}
          </th>
          {head('readAt', t('Read at'))}
        </tr>
      </thead>
      <tbody className={pf.tableTbody}>
        {rows.map((row) => {
          const page = pageOf(row);
          return (
            <FleetTableRow
              key={row.cluster}
              row={row}
              checklist={page.checklist}
              consoleUrl={page.console}
              onDownload={onDownload}
            />
          );
        })}
      </tbody>
    </table>
  );
};

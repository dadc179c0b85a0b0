import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Content, EmptyState, EmptyStateBody, Title } from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';
import type { FleetRow } from '../../core/fleet/fleetRow';
import {
  DEFAULT_VIEW,
  minorsOf,
  viewRows,
  type FleetView,
  type SortColumn,
} from '../../core/fleet/fleetView';
import { reportMarkdown } from '../../core/fleet/markdown';
import { buildReport } from '../../core/fleet/report';
import { pluginVersion } from '../../fleet/pluginVersion';
import { useFleet, type FleetData } from '../../fleet/useFleet';
import { I18N_NAMESPACE } from '../../i18n';
import { errorMessageOf } from '../../utils/loadError';
import { LoadingState } from '../LoadingState';
import { MainSection } from '../MainSection';
import { reportWords } from '../text';
import { download } from './download';
import { clusterPagePath, SINGLE_CLUSTER_PAGE } from './fleetPaths';
import { FleetTable, type RowPages } from './FleetTable';
import { FleetToolbar } from './FleetToolbar';

/**
 * Rows per page. A table relays out whole when a cell changes; with hundreds of rows in the DOM
 * every answer's frame did (bench/fleet.bench.ts: 300 clusters took 56 s with all rows, mostly
 * layout). The filters, sort, search and downloads work on every row, not the page.
 */
const FLEET_PAGE = 50;

const TablePagination = React.lazy(() =>
  import('../TablePagination').then((m) => ({ default: m.TablePagination })),
);

/**
 * Administration → Dev Spaces nested containers fleet, on an ACM hub (the route and its
 * navigation item need ACM's MULTICLUSTER_SDK_PROVIDER_1 flag): every managed cluster's answer,
 * read once per round (src/fleet/), filtered and sorted here, downloadable as JSON or Markdown.
 */
const FleetPage: React.FC = () => <FleetScreen data={useFleet()} />;

/** The page for given data (tests hand it the fleet they built). */
export const FleetScreen: React.FC<{ data: FleetData }> = ({ data }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const [view, setView] = React.useState<FleetView>(DEFAULT_VIEW);
  const shown = React.useMemo(() => viewRows(data.rows, view), [data.rows, view]);
  const [page, setPage] = React.useState(1);
  const [perPage, setPerPage] = React.useState(FLEET_PAGE);
  const current = Math.min(page, Math.max(1, Math.ceil(shown.length / perPage)));
  const visible = shown.slice((current - 1) * perPage, current * perPage);

  const onSort = (sort: SortColumn) =>
    setView((v) => ({
      ...v,
      sort,
      direction: v.sort === sort && v.direction === 'desc' ? 'asc' : 'desc',
    }));
  // Stable across answers (the memoized rows keep it); reads the latest answers when clicked.
  const reads = React.useRef(data.reads);
  reads.current = data.reads;
  const save = React.useCallback(
    (rows: readonly FleetRow[], format: 'json' | 'markdown', name: string) => {
      const doc = buildReport(
        rows.map((row) => ({ row, read: reads.current.get(row.cluster) ?? { kind: 'pending' } })),
        pluginVersion(),
        Date.now(),
      );
      if (format === 'json')
        download(`${name}.json`, 'application/json', `${JSON.stringify(doc, null, 2)}\n`);
      else
        download(
          `${name}.md`,
          'text/markdown',
          reportMarkdown(doc, reportWords(t), { allChecks: rows.length === 1 }),
        );
    },
    [t],
  );
  const downloadRow = React.useCallback(
    (row: FleetRow, format: 'json' | 'markdown') =>
      save([row], format, `nested-containers-${row.cluster}`),
    [save],
  );
  // The hub's checklist is the single-cluster page; another cluster's is its drill-down here.
  const pageOf = (row: FleetRow): RowPages => {
    if (row.hub) return { checklist: SINGLE_CLUSTER_PAGE };
    const url = data.clusters.find((c) => c.name === row.cluster)?.consoleUrl;
    return {
      checklist: clusterPagePath(row.cluster),
      ...(url ? { console: `${url.replace(/\/$/, '')}${SINGLE_CLUSTER_PAGE}` } : {}),
    };
  };
  const noDevSpaces =
    data.loaded &&
    data.reading === 0 &&
    data.rows.length > 0 &&
    data.rows.every((r) => !r.instances);

  return (
    <>
      <MainSection>
        <Title headingLevel="h1">{t('Dev Spaces nested containers across the fleet')}</Title>
        <Content component="p">
          {t(
            'Every cluster Red Hat Advanced Cluster Management manages: whether nested containers are on, and whether they can be turned on. Each cluster is read once per round, through the cluster proxy; a cluster that does not answer says so in its row.',
          )}
        </Content>
      </MainSection>
      <MainSection>
        {data.error ? (
          <Alert
            variant="danger"
            isInline
            title={t('The managed clusters cannot be listed')}
            data-test="fleet-error"
          >
            {errorMessageOf(data.error)}
          </Alert>
        ) : !data.loaded ? (
          <LoadingState />
        ) : (
          <>
            <FleetToolbar
              view={view}
              onView={setView}
              versions={minorsOf(data.rows)}
              reading={data.reading}
              total={data.rows.length}
              onRefresh={data.refresh}
              onExport={(format) => save(shown, format, 'nested-containers-fleet')}
            />
            {noDevSpaces && (
              <EmptyState
                data-test="fleet-empty"
                titleText={t('No cluster has Dev Spaces')}
                headingLevel="h2"
                icon={CubesIcon}
              >
                <EmptyStateBody>
                  {t(
                    'None of these clusters has a CheCluster. Install Red Hat OpenShift Dev Spaces (or Eclipse Che) on a cluster, and its row will say whether nested containers can be turned on there.',
                  )}
                </EmptyStateBody>
              </EmptyState>
            )}
            {shown.length > FLEET_PAGE && (
              <React.Suspense fallback={null}>
                <TablePagination
                  itemCount={shown.length}
                  page={current}
                  perPage={perPage}
                  onPage={setPage}
                  onPerPage={(pp, p) => {
                    setPerPage(pp);
                    setPage(p);
                  }}
                  widgetId="fleet-pagination"
                />
              </React.Suspense>
            )}
            <FleetTable
              rows={visible}
              view={view}
              onSort={onSort}
              pageOf={pageOf}
              onDownload={downloadRow}
            />
          </>
        )}
      </MainSection>
    </>
  );
};

export default FleetPage;

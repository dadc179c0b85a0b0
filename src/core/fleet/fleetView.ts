/**
 * What the fleet table shows of its rows: filtered by verdict, state, OpenShift minor version and
 * a name search, and sorted by one column. Pure, so the page only renders.
 */
import { VERDICT_RANK } from '../decision';
import type { Verdict } from '../results';
import type { FleetRow, RowState } from './fleetRow';

export type SortColumn = 'cluster' | 'version' | 'instances' | 'state' | 'verdict' | 'readAt';
export interface FleetView {
  search: string;
  verdict: Verdict | '';
  state: RowState | 'none' | '';
  /** `major.minor`, e.g. `4.20`. */
  version: string;
  sort: SortColumn;
  direction: 'asc' | 'desc';
}

export const DEFAULT_VIEW: FleetView = {
  search: '',
  verdict: '',
  state: '',
  version: '',
  sort: 'verdict',
  direction: 'desc',
};

export const minorOf = (version: string | undefined): string =>
  /^v?(\d+\.\d+)/.exec(version ?? '')?.[1] ?? '';

/** The minor versions present, newest first, for the version filter. */
export const minorsOf = (rows: readonly FleetRow[]): string[] =>
  [...new Set(rows.map((r) => minorOf(r.openshiftVersion)).filter(Boolean))].sort((a, b) =>
    b.localeCompare(a, undefined, { numeric: true }),
  );

const compareVersions = (a = '', b = '') => a.localeCompare(b, undefined, { numeric: true });

const COMPARE: Record<SortColumn, (a: FleetRow, b: FleetRow) => number> = {
  cluster: (a, b) => a.cluster.localeCompare(b.cluster),
  version: (a, b) => compareVersions(a.openshiftVersion, b.openshiftVersion),
  instances: (a, b) => (a.instances ?? -1) - (b.instances ?? -1),
  state: (a, b) => a.state.localeCompare(b.state),
  // Worst first when descending: not-ready above unknown above ready.
  verdict: (a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict],
  readAt: (a, b) => (a.readAt ?? 0) - (b.readAt ?? 0),
};

export const viewRows = (rows: readonly FleetRow[], view: FleetView): FleetRow[] => {
  const needle = view.search.trim().toLowerCase();
  const shown = rows.filter(
    (r) =>
      (!needle || r.cluster.toLowerCase().includes(needle)) &&
      (!view.verdict || r.verdict === view.verdict) &&
      (!view.state || (view.state === 'none' ? r.state === '' : r.state === view.state)) &&
      (!view.version || minorOf(r.openshiftVersion) === view.version),
  );
  const sign = view.direction === 'asc' ? 1 : -1;
  // Ties by name, always ascending, so equal rows never swap places as answers arrive.
  return shown.sort(
    (a, b) => sign * COMPARE[view.sort](a, b) || a.cluster.localeCompare(b.cluster),
  );
};

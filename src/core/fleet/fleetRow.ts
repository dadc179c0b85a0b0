/**
 * One row of the fleet page: what one managed cluster's one-shot read answered, summed up the way
 * the single-cluster page sums up a CheCluster (summary.ts), so the row and that cluster's own
 * page never disagree. Pure: the reads (src/fleet/readCluster.ts) hand over a ClusterRead.
 */
import { VERDICT_RANK } from '../decision';
import type {
  CheClusterRef,
  CheckId,
  FeatureState,
  ReadinessReport,
  ReasonParams,
  Verdict,
} from '../results';
import type { ReasonCode } from '../reasons';
import type { ClusterSnapshot } from '../snapshot';
import { summarize, type SummaryHeadline } from '../summary';
import { readVersion } from '../version';

/** Why a cluster has no readiness answer (its row says so; the other rows go on). */
export type ReadFailure =
  /** ACM reports the cluster not Available, or it has no cluster-proxy: not asked at all. */
  | 'not-available'
  /** The cluster proxy answered 502/503/504, or the request failed or timed out. */
  | 'unreachable'
  /** Every read was refused (403): the user may not read this cluster. */
  | 'forbidden'
  | 'error';

export type ClusterRead =
  | { kind: 'pending' }
  | { kind: 'answered'; readAt: number; snapshot: ClusterSnapshot; report: ReadinessReport }
  | { kind: 'failed'; readAt: number; failure: ReadFailure; message: string; status?: number };

/** What the verdict column says. */
export type RowAnswer =
  | { kind: 'reading' }
  | { kind: 'cannot-read'; failure: ReadFailure; message: string }
  | { kind: 'not-openshift' }
  | { kind: 'no-devspaces' }
  /** The worst CheCluster's headline, as its own page shows it. */
  | { kind: 'headline'; headline: SummaryHeadline; cheCluster: CheClusterRef };

export interface RowProblem {
  check: CheckId;
  reason: ReasonCode;
  params: ReasonParams;
  blocking: boolean;
}

/** `mixed`: CheClusters on this cluster are in different states (each has its own page). */
export type RowState = FeatureState | 'mixed' | '';

export interface FleetRow {
  cluster: string;
  hub: boolean;
  openshiftVersion?: string;
  /** CheClusters found; undefined until read. */
  instances?: number;
  state: RowState;
  /** The single-cluster page's verdict; `unknown` while reading or when the cluster cannot be read. */
  verdict: Verdict;
  answer: RowAnswer;
  /** What needs attention on the worst CheCluster, blocking problems first. */
  problems: RowProblem[];
  readAt?: number;
}

const stateOf = (report: ReadinessReport): RowState => {
  const states = new Set(report.cheClusterReports.map((r) => r.featureState));
  if (states.size === 0) return '';
  return states.size === 1 ? [...states][0] : 'mixed';
};

export const fleetRow = (cluster: string, hub: boolean, read: ClusterRead): FleetRow => {
  const base = { cluster, hub, problems: [] as RowProblem[] };
  if (read.kind === 'pending')
    return { ...base, state: '', verdict: 'unknown', answer: { kind: 'reading' } };
  if (read.kind === 'failed')
    return {
      ...base,
      state: '',
      verdict: 'unknown',
      readAt: read.readAt,
      answer: { kind: 'cannot-read', failure: read.failure, message: read.message },
    };

  const { report, snapshot, readAt } = read;
  const version = readVersion(snapshot.clusterVersion);
  const row = {
    ...base,
    readAt,
    openshiftVersion: version.currentRaw,
    instances: report.cheClusterReports.length,
    state: stateOf(report),
    verdict: report.verdict,
  };
  if (report.checks.find((c) => c.id === 'openshift-apis')?.status === 'fail')
    return { ...row, answer: { kind: 'not-openshift' } };
  // The CheCluster whose verdict is worst speaks for the cluster; equal ones keep the core's order.
  const worst = report.cheClusterReports.reduce<(typeof report.cheClusterReports)[number] | null>(
    (w, r) => (!w || VERDICT_RANK[r.verdict] > VERDICT_RANK[w.verdict] ? r : w),
    null,
  );
  if (!worst) return { ...row, answer: { kind: 'no-devspaces' } };
  // No recent toggles from this page: a reconcile in progress reads from the CheCluster's status.
  const summary = summarize(worst, [], readAt);
  return {
    ...row,
    answer: { kind: 'headline', headline: summary.headline, cheCluster: worst.cheCluster },
    problems: summary.items.map(({ check, blocking }) => ({
      check: check.id,
      reason: check.reason,
      params: check.params,
      blocking,
    })),
  };
};

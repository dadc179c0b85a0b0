/**
 * The downloadable report: one schema for the fleet table and for any one cluster (a fleet of
 * one), in codes and parameters only, so a script can read it and the Markdown (markdown.ts) can
 * word it. docs/fleet.md documents every field. Pure.
 */
import type {
  CheckDetail,
  CheckResult,
  CheckStatus,
  ObjectRef,
  ReasonParams,
  Verdict,
} from '../results';
import { checkDefinition } from '../checks/registry';
import type { ReasonCode } from '../reasons';
import type { ClusterRead, FleetRow, ReadFailure, RowProblem, RowState } from './fleetRow';

export const REPORT_SCHEMA = 'devspaces-nested-containers.fleet-report/v1';

export interface ReportCheck {
  id: CheckResult['id'];
  /** `cluster`, or the CheCluster (`namespace/name`) the check was run for. */
  scope: string;
  status: CheckStatus;
  reason: ReasonCode;
  params: ReasonParams;
  evidence: { object?: ObjectRef; field?: string; details: CheckDetail[] };
}

export interface ReportCheCluster {
  namespace: string;
  name: string;
  featureState: string;
  verdict: Verdict;
  /** What stops turning it on (empty when nothing does, or when it is on). */
  blockers: { check: string; reason: string }[];
}

export interface ReportCluster {
  cluster: string;
  hub: boolean;
  /** ISO time the cluster answered (or failed to). */
  readAt?: string;
  read: 'answered' | 'pending' | ReadFailure;
  message?: string;
  openshiftVersion?: string;
  verdict: Verdict;
  state: RowState;
  /**
   * The fleet row's answer: reading, cannot-read, not-openshift, no-devspaces, or the worst
   * CheCluster's headline (ready-to-enable, blocked, cannot-tell, cannot-change, enabled,
   * enabling, disabling), as summary.ts decides it.
   */
  answer: string;
  /** What needs attention first on that CheCluster: for blocked and cannot-tell, the reason. */
  firstProblem?: RowProblem;
  /** How many checks need attention on that CheCluster (its page's headline counts them). */
  problems: number;
  cheClusters: ReportCheCluster[];
  checks: ReportCheck[];
}

export interface ReportDocument {
  schema: typeof REPORT_SCHEMA;
  pluginVersion: string;
  generatedAt: string;
  clusters: ReportCluster[];
}

const iso = (ms: number | undefined) =>
  ms === undefined || !Number.isFinite(ms) ? undefined : new Date(ms).toISOString();

const checkOf = (scope: string, c: CheckResult): ReportCheck => ({
  id: c.id,
  scope,
  status: c.status,
  reason: c.reason,
  params: c.params,
  evidence: {
    ...(c.object ? { object: c.object } : {}),
    ...(c.field ? { field: c.field } : {}),
    details: c.details,
  },
});

export const reportCluster = (row: FleetRow, read: ClusterRead): ReportCluster => {
  const answer = row.answer.kind === 'headline' ? row.answer.headline.kind : row.answer.kind;
  const base = {
    cluster: row.cluster,
    hub: row.hub,
    ...(row.readAt !== undefined ? { readAt: iso(row.readAt) } : {}),
    ...(row.openshiftVersion ? { openshiftVersion: row.openshiftVersion } : {}),
    verdict: row.verdict,
    state: row.state,
    answer,
    ...(row.problems[0] ? { firstProblem: row.problems[0] } : {}),
    problems: row.problems.length,
    cheClusters: [] as ReportCheCluster[],
    checks: [] as ReportCheck[],
  };
  if (read.kind === 'pending') return { ...base, read: 'pending' };
  if (read.kind === 'failed') return { ...base, read: read.failure, message: read.message };
  const { report } = read;
  // Cluster-wide checks once; each CheCluster's own checks under its name.
  const scoped = (c: CheckResult) => checkDefinition(c.id).scope;
  return {
    ...base,
    read: 'answered',
    cheClusters: report.cheClusterReports.map((r) => ({
      namespace: r.cheCluster.namespace,
      name: r.cheCluster.name,
      featureState: r.featureState,
      verdict: r.verdict,
      blockers: r.requestedEnabled
        ? []
        : r.enable.blockers.map((b) => ({ check: b.check, reason: b.reason })),
    })),
    checks: [
      ...report.checks.filter((c) => scoped(c) === 'cluster').map((c) => checkOf('cluster', c)),
      ...report.cheClusterReports.flatMap((r) =>
        r.checks
          .filter((c) => scoped(c) === 'checluster')
          .map((c) => checkOf(`${r.cheCluster.namespace}/${r.cheCluster.name}`, c)),
      ),
    ],
  };
};

export const buildReport = (
  entries: readonly { row: FleetRow; read: ClusterRead }[],
  pluginVersion: string,
  now: number,
): ReportDocument => ({
  schema: REPORT_SCHEMA,
  pluginVersion,
  generatedAt: iso(now) ?? '',
  clusters: entries.map(({ row, read }) => reportCluster(row, read)),
});

/**
 * After a toggle, the operator's work as steps the watches can see: the patch accepted, then the
 * SCC, the ClusterRole granting it, the DevWorkspaceOperatorConfig, and the CheCluster Active
 * again (che-operator's order: pkg/deploy/container-capabilities creates the SCC and its RBAC,
 * then syncs devworkspace-config; the phase is Active once its deployments have rolled out).
 */
import type { CheckResult, CheClusterReport } from './results';
import type { RecentToggle } from './snapshot';
import { isDict, list } from './guards';

export type ReconcileStepId =
  | 'patch-accepted'
  | 'scc-created'
  | 'rbac'
  | 'workspace-config'
  | 'workspace-config-reset'
  | 'devspaces-active';

export type ReconcileStepStatus = 'done' | 'current' | 'pending';

export interface ReconcileStep {
  id: ReconcileStepId;
  status: ReconcileStepStatus;
}

export interface ReconcileProgress {
  direction: 'enabling' | 'disabling';
  steps: ReconcileStep[];
  /** The first step not done yet (null once every step is). */
  current: ReconcileStepId | null;
  /** Epoch ms of the toggle made in this browser session, when there is one. */
  since: number | null;
  elapsedMs: number | null;
  /** The current step has taken longer than the operator normally needs, or its check fails. */
  stalled: boolean;
}

/**
 * che-operator reconciles the SCC, role and config within seconds; a Dev Spaces rollout takes a
 * minute or two. Past this, the page says where to look instead of only waiting.
 */
export const STALL_AFTER_MS = 3 * 60 * 1000;

const passes = (c: CheckResult | undefined): boolean => c?.status === 'pass';
const sccFits = (c: CheckResult | undefined): boolean =>
  passes(c) || (c?.status === 'warn' && c.reason === 'scc-custom');

/** The toggle of this CheCluster to the state its spec requests, newest first. */
const toggleAt = (cheClusterReport: CheClusterReport, toggles: unknown): number | null => {
  const { namespace, name } = cheClusterReport.cheCluster;
  const times = list(toggles)
    .filter(isDict)
    .map((t) => t as Partial<RecentToggle>)
    .filter(
      (t) =>
        t.namespace === namespace &&
        t.name === name &&
        t.enabled === cheClusterReport.requestedEnabled &&
        typeof t.at === 'number',
    )
    .map((t) => t.at as number);
  return times.length ? Math.max(...times) : null;
};

/** Steps while the feature state is `enabling` or `disabling`; null otherwise. */
export const reconcileProgress = (
  cheClusterReport: CheClusterReport,
  toggles: readonly RecentToggle[] | undefined,
  now: number,
): ReconcileProgress | null => {
  const { featureState } = cheClusterReport;
  if (featureState !== 'enabling' && featureState !== 'disabling') return null;
  const byId = new Map(cheClusterReport.checks.map((c) => [c.id, c]));
  const enabling = featureState === 'enabling';
  const conditions: [ReconcileStepId, boolean, CheckResult | undefined][] = enabling
    ? [
        ['patch-accepted', cheClusterReport.requestedEnabled, undefined],
        ['scc-created', sccFits(byId.get('run-scc')), byId.get('run-scc')],
        ['rbac', passes(byId.get('scc-rbac')), byId.get('scc-rbac')],
        // No phase step: the feature is on once these objects are in place, whatever the phase
        // (a server rolling out or down is devspaces-phase's warning).
        ['workspace-config', passes(byId.get('workspace-config')), byId.get('workspace-config')],
      ]
    : [
        ['patch-accepted', !cheClusterReport.requestedEnabled, undefined],
        [
          'workspace-config-reset',
          byId.get('workspace-config')?.reason === 'feature-off',
          byId.get('workspace-config'),
        ],
        ['devspaces-active', passes(byId.get('devspaces-phase')), byId.get('devspaces-phase')],
      ];
  // Active before the operator has done the rest is the phase from before the change: the last
  // step counts only once every other one has.
  const last = conditions.length - 1;
  if (conditions[last][0] === 'devspaces-active')
    conditions[last][1] = conditions[last][1] && conditions.slice(0, last).every(([, d]) => d);
  const firstOpen = conditions.findIndex(([, done]) => !done);
  const steps = conditions.map(([id, done], i) => ({
    id,
    status: done
      ? ('done' as const)
      : i === firstOpen
        ? ('current' as const)
        : ('pending' as const),
  }));
  const since = toggleAt(cheClusterReport, toggles);
  const elapsedMs = since === null ? null : Math.max(0, now - since);
  const currentCheck = firstOpen >= 0 ? conditions[firstOpen][2] : undefined;
  // Without a toggle of our own (made elsewhere, or the core's window expired) the check's own
  // status is the evidence: it fails once the core stops calling it "reconciling".
  const stalled =
    firstOpen >= 0 &&
    (elapsedMs !== null ? elapsedMs > STALL_AFTER_MS : currentCheck?.status === 'fail');
  return {
    direction: enabling ? 'enabling' : 'disabling',
    steps,
    current: firstOpen >= 0 ? conditions[firstOpen][0] : null,
    since,
    elapsedMs,
    stalled,
  };
};

/** Feature state, verdicts, and whether enabling or disabling is allowed. */
import type {
  CheckId,
  CheckResult,
  FeatureState,
  OcRemedy,
  ToggleDecision,
  Verdict,
} from './results';
import type { ReasonCode } from './reasons';
import type { InstanceContext } from './instance';
import * as fix from './remedies';
import { AUDIT_CHECKS, checkSpec } from './checks/registry';
import { at, str } from './guards';

/**
 * The switch decides on/off. "Turning on/off" only while a reconcile is plausibly under way
 * (ctx.reconciling: a toggle made from this page inside the window, or the CheCluster not Active)
 * and the operator has not caught up yet: the run SCC fits (managed, or a custom one that meets the
 * requirements), the DWOC gives new workspaces hostUsers:false, and the CheCluster is Active.
 * Outside a reconcile the state is the switch's, and what is missing shows as the failing check
 * (the SCC, RBAC and DWOC checks stop saying "reconciling" on the same condition).
 */
export const featureStateOf = (
  ctx: InstanceContext,
  runScc: CheckResult,
  dwocHostUsersOff: boolean,
): FeatureState => {
  if (ctx.requestedEnabled) {
    const sccOk =
      runScc.status === 'pass' || (runScc.status === 'warn' && runScc.reason === 'scc-custom');
    const caughtUp = sccOk && dwocHostUsersOff && ctx.chePhase === 'Active';
    return caughtUp || !ctx.reconciling ? 'enabled' : 'enabling';
  }
  // Off with nothing left over is "off" even while the CheCluster is not Active for another reason.
  const leftover =
    dwocHostUsersOff ||
    ctx.chePhase === 'RollingUpdate' ||
    (ctx.reconcilingSince !== null && ctx.chePhase !== 'Active');
  return ctx.reconciling && leftover ? 'disabling' : 'disabled';
};

type Entry = { check: CheckId; reason: ReasonCode };

const entry = (r: CheckResult): Entry => ({ check: r.id, reason: r.reason });

/** What is missing for a patch to be built (buildTogglePatch needs resourceVersion). */
const unversioned = (ctx: InstanceContext): string[] => [
  ...(ctx.namespace ? [] : ['metadata.namespace']),
  ...(ctx.name ? [] : ['metadata.name']),
  ...(str(at(ctx.cheCluster, 'metadata', 'resourceVersion')) ? [] : ['metadata.resourceVersion']),
];

const identityBlockers = (ctx: InstanceContext): Entry[] =>
  unversioned(ctx).length > 0
    ? [{ check: 'devspaces-installed', reason: 'checluster-unknown' }]
    : [];

const decision = (blockers: Entry[], warnings: Entry[], command: OcRemedy): ToggleDecision => ({
  allowed: blockers.length === 0,
  blockers,
  warnings,
  command,
});

export const enableDecision = (
  ctx: InstanceContext,
  checks: CheckResult[],
  state: FeatureState,
): ToggleDecision => {
  const blocks = (r: CheckResult): boolean => {
    const gate = checkSpec(r.id).gate;
    if (gate === 'fail') return r.status === 'fail';
    return gate === 'fail-or-unknown' && r.status !== 'pass' && r.status !== 'warn';
  };
  const blockers = checks.filter(blocks).map(entry);
  if (state === 'enabled' || state === 'enabling') {
    blockers.push({ check: 'devspaces-installed', reason: 'already-enabled' });
  }
  blockers.push(...identityBlockers(ctx));
  // Everything else that is not fine is shown on the confirmation, but does not block.
  const warnings = checks
    .filter((r) => !blocks(r))
    .filter((r) => r.status === 'warn' || r.status === 'unknown' || r.status === 'fail')
    .map(entry);
  return decision(blockers, warnings, fix.enableFeature(ctx.namespace, ctx.name));
};

/**
 * Disabling is possible on any version, whenever the feature is on or on its way. It is not
 * harmless: che-operator then deletes the SCC it manages and the roles granting it, so workspaces
 * created with the run SCC (which the DevWorkspace webhook will not let change) cannot start again.
 */
export const disableDecision = (
  ctx: InstanceContext,
  state: FeatureState,
  runSccWorkspaces: number,
): ToggleDecision => {
  const blockers: Entry[] = [];
  if (state === 'disabled' || state === 'disabling') {
    blockers.push({ check: 'devspaces-installed', reason: 'already-disabled' });
  }
  blockers.push(...identityBlockers(ctx));
  const warnings: Entry[] =
    runSccWorkspaces > 0
      ? [{ check: 'legacy-workspaces', reason: 'run-workspaces-will-break' }]
      : [];
  return decision(blockers, warnings, fix.disableFeature(ctx.namespace, ctx.name));
};

export const VERDICT_RANK: Record<Verdict, number> = {
  unavailable: 4,
  'not-ready': 3,
  unknown: 2,
  'ready-with-warnings': 1,
  ready: 0,
};

/**
 * unavailable: not OpenShift or no CheCluster. Then a known failure wins over missing data
 * (not-ready): an administrator should see the blocker we are sure of even while pods still load.
 */
export const verdictOf = (all: CheckResult[]): Verdict => {
  const checks = all.filter((r) => !AUDIT_CHECKS.has(r.id));
  const byId = new Map(checks.map((r) => [r.id, r]));
  if (byId.get('openshift-apis')?.status === 'fail') return 'unavailable';
  if (byId.get('devspaces-installed')?.status === 'fail') return 'unavailable';
  if (checks.some((r) => r.status === 'fail')) return 'not-ready';
  if (checks.some((r) => r.status === 'unknown')) return 'unknown';
  if (checks.some((r) => r.status === 'warn')) return 'ready-with-warnings';
  return 'ready';
};

/** Feature state, verdicts, and whether enabling or disabling is allowed. */
import type {
  CheckId,
  CheckResult,
  FeatureState,
  OcRemedy,
  ToggleDecision,
  Verdict,
  VerdictWait,
} from './results';
import type { ReasonCode } from './reasons';
import type { CheClusterContext } from './cheClusterContext';
import * as fix from './remedies';
import { AUDIT_CHECKS, checkDefinition } from './checks/registry';
import { at, str } from './guards';

/** The checks the feature state reads: the objects the switch makes the operator create. */
export interface SwitchObjects {
  runScc: CheckResult;
  sccRbac: CheckResult;
  workspaceConfig: CheckResult;
}

/**
 * The switch decides on/off. On is "on" once every object it needs exists and matches (the run SCC
 * fits: managed, or a custom one that meets the requirements; the roles and bindings; the DWOC),
 * whatever the phase: a server down or rolling out is devspaces-phase's warning. "Turning on/off"
 * only while a reconcile is plausible (ctx.reconciling: a toggle made from this page inside the
 * window, a rollout, no status yet; never after a failed reconcile) and the operator has not
 * caught up. Outside that window what is missing shows as the failing check.
 */
export const featureStateOf = (
  ctx: CheClusterContext,
  objects: SwitchObjects,
  dwocHostUsersOff: boolean,
): FeatureState => {
  if (ctx.requestedEnabled) {
    const { runScc, sccRbac, workspaceConfig } = objects;
    const sccOk =
      runScc.status === 'pass' || (runScc.status === 'warn' && runScc.reason === 'scc-custom');
    const caughtUp = sccOk && sccRbac.status === 'pass' && workspaceConfig.status === 'pass';
    return caughtUp || !ctx.reconciling ? 'enabled' : 'enabling';
  }
  // Turning off also rolls the server out (its configuration changes); otherwise, off with
  // nothing left over is "off".
  const leftover = dwocHostUsersOff || ctx.chePhase === 'RollingUpdate';
  return ctx.reconciling && leftover ? 'disabling' : 'disabled';
};

type Entry = { check: CheckId; reason: ReasonCode };
type Blocker = ToggleDecision['blockers'][number];

const entry = (r: CheckResult): Entry => ({ check: r.id, reason: r.reason });

/** What is missing for a patch to be built (buildTogglePatch needs resourceVersion). */
const unversioned = (ctx: CheClusterContext): string[] => [
  ...(ctx.namespace ? [] : ['metadata.namespace']),
  ...(ctx.name ? [] : ['metadata.name']),
  ...(str(at(ctx.cheCluster, 'metadata', 'resourceVersion')) ? [] : ['metadata.resourceVersion']),
];

const identityBlockers = (ctx: CheClusterContext): Blocker[] =>
  unversioned(ctx).length > 0
    ? [{ check: 'devspaces-installed', reason: 'checluster-unknown' }]
    : [];

const decision = (blockers: Blocker[], warnings: Entry[], command: OcRemedy): ToggleDecision => ({
  allowed: blockers.length === 0,
  blockers,
  warnings,
  unverified: [],
  command,
});

/**
 * How each gate limits turning on. A known failure blocks. A gate still loading blocks (the switch
 * waits for it). A gate the viewer may not read (403) is unverified, whatever its gate: the
 * administrator may confirm past it. Any other unknown blocks a `fail-or-unknown` gate and leaves a
 * `fail` gate unverified.
 */
const gateOutcome = (r: CheckResult): 'ok' | 'blocks' | 'unverified' => {
  const gate = checkDefinition(r.id).gate;
  if (gate === 'none' || r.status === 'pass' || r.status === 'warn') return 'ok';
  if (r.status === 'na') return gate === 'fail-or-unknown' ? 'blocks' : 'ok';
  if (r.status === 'fail' || r.reason === 'loading') return 'blocks';
  if (r.reason === 'forbidden') return 'unverified';
  return gate === 'fail-or-unknown' ? 'blocks' : 'unverified';
};

export const enableDecision = (
  ctx: CheClusterContext,
  checks: CheckResult[],
  state: FeatureState,
): ToggleDecision => {
  const outcomes = checks.map((r) => ({ r, outcome: gateOutcome(r) }));
  const blockers: Blocker[] = outcomes.filter((o) => o.outcome === 'blocks').map((o) => entry(o.r));
  const unverified = outcomes.filter((o) => o.outcome === 'unverified').map((o) => entry(o.r));
  if (state === 'enabled' || state === 'enabling') {
    blockers.push({ check: 'devspaces-installed', reason: 'already-enabled' });
  }
  blockers.push(...identityBlockers(ctx));
  // Everything else that is not fine is shown on the confirmation, but does not block.
  const warnings = outcomes
    .filter((o) => o.outcome === 'ok')
    .map((o) => o.r)
    .filter((r) => r.status === 'warn' || r.status === 'unknown' || r.status === 'fail')
    .map(entry);
  return {
    ...decision(blockers, warnings, fix.enableFeature(ctx.namespace, ctx.name)),
    unverified,
  };
};

/**
 * Disabling is possible on any version, whenever the feature is on or on its way. It is not
 * harmless: che-operator then deletes the SCC it manages and the roles granting it, so workspaces
 * created with the run SCC (which the DevWorkspace webhook will not let change) cannot start again.
 */
export const disableDecision = (
  ctx: CheClusterContext,
  state: FeatureState,
  runSccWorkspaces: number,
): ToggleDecision => {
  const blockers: Blocker[] = [];
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

/**
 * What an unknown verdict only waits for, if that is all: every check that makes it unknown is
 * loading ('reads': a slow API server after the first answer's wait) or waits for the operator to
 * catch up with a switch just changed ('operator': the `reconciling` reason), none refused,
 * unreadable or unable to tell. The screens then say "Checking…" or "Waiting for the operator",
 * not "data missing". The operator wins: its wait is the longer one.
 */
export const verdictWaitOf = (verdict: Verdict, all: CheckResult[]): VerdictWait | null => {
  if (verdict !== 'unknown') return null;
  const unknown = all.filter((r) => !AUDIT_CHECKS.has(r.id) && r.status === 'unknown');
  if (!unknown.every((r) => r.reason === 'loading' || r.reason === 'reconciling')) return null;
  return unknown.some((r) => r.reason === 'reconciling') ? 'operator' : 'reads';
};

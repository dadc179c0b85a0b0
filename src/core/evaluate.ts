/** The readiness evaluator: snapshot in, one result per check (cluster-wide and per CheCluster) out. */
import type { CheCluster } from '../models/cheCluster';
import type { ClusterSnapshot, EvaluateOptions } from './snapshot';
import type { CheckId, CheckResult, CheClusterReport, ReadinessReport, Verdict } from './results';
import { at, dict, errorMessage, isDict, list, str } from './guards';
import { dataOf, na, result, stateOf, unusable, worst } from './resultBuilders';
import { readVersion } from './version';
import type { VersionFacts } from './version';
import {
  ALL_CHECKS,
  CHECKS,
  DEVSPACES_CHECKS,
  PLATFORM_CHECKS,
  WORKSPACE_CHECKS,
} from './checks/registry';
import type { CheckDefinition, CheClusterInput } from './checks/definition';
import { dwocFacts, dwocOf } from './checks/workspace-config/rule';
import { workspacesBySccOf } from './checks/legacy-workspaces/rule';
import { rootOnHostPodsOf } from './checks/root-on-host/rule';
import type { CheClusterContext } from './cheClusterContext';
import { DEFAULT_RECONCILE_WINDOW_MS, cheClusterContext } from './cheClusterContext';
import { indexWorkspaces, scopeFor } from './workspaceIndex';
import type { WorkspaceIndex } from './workspaceIndex';
import {
  VERDICT_RANK,
  disableDecision,
  enableDecision,
  featureStateOf,
  verdictOf,
  verdictWaitOf,
} from './decision';

const SPECS: readonly CheckDefinition<CheckId>[] = CHECKS;

/** A check that throws on input nobody foresaw reports `unknown` instead of breaking the page. */
const guarded = (id: CheckId, run: () => CheckResult): CheckResult => {
  try {
    return run();
  } catch (e) {
    return result(id, 'unknown', 'read-error', { resource: id, message: errorMessage(e) });
  }
};

const WORKSPACE_GROUP: ReadonlySet<CheckId> = new Set(WORKSPACE_CHECKS);

/**
 * Other DevWorkspace Operator users' workspaces (the Web Terminal, DWO samples) are left out of the
 * workspace checks; each check that ran says how many, as a fact beside its own, never a finding.
 */
const withOthersCounted = (r: CheckResult, others: number): CheckResult =>
  others === 0 || r.status === 'na' || !WORKSPACE_GROUP.has(r.id)
    ? r
    : { ...r, details: [...r.details, { key: 'workspaces.notDevSpaces', actual: others }] };

const inOrder = (results: Map<CheckId, CheckResult>, fallback: (id: CheckId) => CheckResult) =>
  ALL_CHECKS.map((id) => results.get(id) ?? fallback(id));

const evaluateCheCluster = (
  snapshot: ClusterSnapshot,
  version: VersionFacts,
  ctx: CheClusterContext,
  cluster: Map<CheckId, CheckResult>,
  index: WorkspaceIndex,
): CheClusterReport => {
  const r = new Map(cluster);
  const workspaces = scopeFor(index, ctx.namespace);
  const { withRunScc, legacy, unrecorded } = workspacesBySccOf(workspaces, ctx.runScc);
  const input: CheClusterInput = {
    snapshot,
    version,
    ctx,
    workspaces,
    legacy,
    unrecorded,
    rootPods: rootOnHostPodsOf(workspaces),
  };
  for (const spec of SPECS)
    if (spec.scope === 'checluster')
      r.set(
        spec.id,
        withOthersCounted(
          guarded(spec.id, () => spec.run(input)),
          index.others.workspaces,
        ),
      );
  if (r.get('openshift-apis')?.status === 'fail') {
    for (const id of ALL_CHECKS) if (id !== 'openshift-apis') r.set(id, na(id, 'not-openshift'));
  }
  const checks = inOrder(r, (id) => na(id, 'not-installed'));
  const dwoc = dwocOf(snapshot, ctx.namespace);
  const featureState = featureStateOf(
    ctx,
    {
      runScc: r.get('run-scc') ?? na('run-scc', 'feature-off'),
      sccRbac: r.get('scc-rbac') ?? na('scc-rbac', 'feature-off'),
      workspaceConfig: r.get('workspace-config') ?? na('workspace-config', 'feature-off'),
    },
    dwoc !== undefined && dwocFacts(dwoc).hostUsersOff,
  );
  const metadata = dict(at(ctx.cheCluster, 'metadata'));
  const verdict = verdictOf(checks);
  return {
    cheCluster: {
      namespace: ctx.namespace,
      name: ctx.name,
      ...(str(metadata.uid) ? { uid: str(metadata.uid) } : {}),
      ...(str(metadata.resourceVersion) ? { resourceVersion: str(metadata.resourceVersion) } : {}),
    },
    flavor: ctx.flavor,
    runScc: ctx.runScc,
    requestedEnabled: ctx.requestedEnabled,
    featureState,
    checks,
    verdict,
    verdictWaitsFor: verdictWaitOf(verdict, checks),
    enable: enableDecision(ctx, checks, featureState),
    disable: disableDecision(ctx, featureState, withRunScc.length),
    legacyWorkspaces: input.legacy,
    unrecordedWorkspaces: input.unrecorded,
    runSccWorkspaces: withRunScc,
    rootOnHostPods: input.rootPods,
  };
};

/** Cluster-wide checks: platform ones, plus the CheCluster list and CRD every CheCluster shares. */
const clusterChecks = (
  snapshot: ClusterSnapshot,
  version: VersionFacts,
): Map<CheckId, CheckResult> => {
  const input = { snapshot, version };
  const out = new Map<CheckId, CheckResult>();
  for (const spec of SPECS)
    if (spec.scope === 'cluster')
      out.set(
        spec.id,
        guarded(spec.id, () => spec.run(input)),
      );
  return out;
};

const reportVerdict = (checks: CheckResult[], cheClusterReports: CheClusterReport[]): Verdict => {
  const own = verdictOf(
    checks.filter((c) => PLATFORM_CHECKS.includes(c.id) || c.id === 'devspaces-installed'),
  );
  if (own === 'unavailable' || cheClusterReports.length === 0)
    return own === 'ready' ? 'unavailable' : own;
  return cheClusterReports
    .map((i) => i.verdict)
    .reduce((w, v) => (VERDICT_RANK[v] > VERDICT_RANK[w] ? v : w), 'ready' as Verdict);
};

export const evaluate = (snapshot: ClusterSnapshot, options: EvaluateOptions): ReadinessReport => {
  const snap: ClusterSnapshot = isDict(snapshot) ? snapshot : ({} as ClusterSnapshot);
  const opts: Partial<EvaluateOptions> = isDict(options) ? options : {};
  // The core never reads a clock. Without a usable `now` no toggle counts as recent (NaN compares
  // false), so nothing is excused as reconciling.
  const now = typeof opts.now === 'number' ? opts.now : Number.NaN;
  const windowMs =
    typeof opts.reconcileWindowMs === 'number'
      ? opts.reconcileWindowMs
      : DEFAULT_RECONCILE_WINDOW_MS;

  const version = readVersion(snap.clusterVersion);
  const cluster = clusterChecks(snap, version);
  const cheClusters = list(dataOf(snap.cheClusters)).filter(isDict) as CheCluster[];
  const contexts = cheClusters.map((c) => cheClusterContext(c, snap.recentToggles, now, windowMs));
  const index = indexWorkspaces(
    snap,
    contexts.map((c) => c.namespace),
  );
  const cheClusterReports = contexts.map((ctx) =>
    evaluateCheCluster(snap, version, ctx, cluster, index),
  );

  const notOpenShift = cluster.get('openshift-apis')?.status === 'fail';
  const summary = new Map(cluster);
  // Without a CheCluster, every Dev Spaces and workspace check but the installation itself is n/a.
  const perCheClusterChecks = [...DEVSPACES_CHECKS, ...WORKSPACE_CHECKS].filter(
    (id) => id !== 'devspaces-installed',
  );
  for (const id of perCheClusterChecks) {
    const across = cheClusterReports
      .map((i) => i.checks.find((c) => c.id === id))
      .filter((c) => !!c);
    const s = stateOf(snap.cheClusters);
    summary.set(
      id,
      worst(across) ??
        (s === 'loaded' || s === 'not-found'
          ? na(id, 'not-installed')
          : unusable(id, 'checlusters', snap.cheClusters)),
    );
  }
  if (notOpenShift) {
    for (const id of ALL_CHECKS)
      if (id !== 'openshift-apis') summary.set(id, na(id, 'not-openshift'));
  }
  const checks = inOrder(summary, (id) => na(id, 'not-installed'));
  const verdict = reportVerdict(checks, cheClusterReports);
  const verdictWaitsFor = verdictWaitOf(verdict, [
    ...checks,
    ...cheClusterReports.flatMap((i) => i.checks),
  ]);
  return { checks, cheClusterReports, verdict, verdictWaitsFor };
};

/**
 * The one registry of checks. Everything else is derived from it: the checklist order and groups,
 * which checks block enabling, which run once per cluster or once per CheCluster, and the
 * evaluator's wiring. Adding a check: give its id in checkIds.ts, its reasons in reasons.ts, its
 * function in a file of this folder, and one entry here (then its title and reason sentences in
 * the UI text files; the type checker lists what is missing).
 */
import type { CheckGroup, CheckId } from '../checkIds';
import type { CheckResult, LegacyWorkspace, RootOnHostPod } from '../results';
import type { ClusterSnapshot } from '../snapshot';
import type { InstanceContext } from '../instance';
import type { VersionFacts } from '../version';
import type { WorkspaceBucket } from '../workspaceIndex';
import { checkFeatureGates } from '../featureGates';
import { checkClusterVersion, checkFeatureSet, checkOpenShiftApis } from './platform';
import { checkContainerRuntime } from './containerRuntime';
import { checkWorkspaceNodes } from './workspaceNodes';
import { checkDevSpacesInstalled, checkDevSpacesPhase, checkOperatorSupport } from './devspaces';
import { checkRunScc } from './scc';
import { checkSccRbac } from './sccRbac';
import { checkWorkspaceConfig } from './workspaceConfig';
import { checkRuntimeClass } from './runtimeClass';
import { checkDevWorkspaceOperator } from './devWorkspaceOperator';
import { checkTechPreviewSetup } from './techPreview';
import { checkKubedockWorkspaces } from './kubedock';
import { checkWorkspacePodConfig } from './podConfig';
import { checkWorkspaceImages } from './workspaceImages';
import { checkLegacyWorkspaces, checkRootOnHost, checkWorkspaceUserNamespaces } from './workspaces';

/** What a cluster-wide check reads. */
export interface ClusterInput {
  snapshot: ClusterSnapshot;
  version: VersionFacts;
}

/** What a per-CheCluster check reads: the cluster input, its CheCluster and its workspaces. */
export interface InstanceInput extends ClusterInput {
  ctx: InstanceContext;
  workspaces: WorkspaceBucket;
  /** Workspaces recorded with another SCC than the run SCC. */
  legacy: LegacyWorkspace[];
  /** Workspaces with no recorded SCC (the dashboard adds it when it starts them). */
  unrecorded: LegacyWorkspace[];
  rootPods: RootOnHostPod[];
}

/**
 * How a check's result limits turning the feature on: `fail-or-unknown` blocks until the check
 * is known to pass or warn (the platform prerequisites), `fail` blocks only on a known failure.
 */
export type EnableGate = 'fail-or-unknown' | 'fail' | 'none';

interface CheckSpecBase {
  group: CheckGroup;
  gate: EnableGate;
  /**
   * An audit finding (root on the node) is shown with its status but does not decide whether the
   * cluster is ready for nested containers: it is true or false whatever the switch says.
   */
  audit?: boolean;
}

export type CheckSpec =
  | (CheckSpecBase & { scope: 'cluster'; run: (input: ClusterInput) => CheckResult })
  | (CheckSpecBase & { scope: 'instance'; run: (input: InstanceInput) => CheckResult });

export const CHECKS = {
  'openshift-apis': {
    group: 'platform',
    scope: 'cluster',
    gate: 'fail-or-unknown',
    run: ({ snapshot }) => checkOpenShiftApis(snapshot),
  },
  'cluster-version': {
    group: 'platform',
    scope: 'cluster',
    gate: 'fail-or-unknown',
    run: ({ snapshot, version }) => checkClusterVersion(snapshot, version),
  },
  'feature-gates': {
    group: 'platform',
    scope: 'cluster',
    gate: 'fail-or-unknown',
    run: ({ snapshot, version }) => checkFeatureGates(snapshot, version),
  },
  'feature-set': {
    group: 'platform',
    scope: 'cluster',
    gate: 'none',
    run: ({ snapshot }) => checkFeatureSet(snapshot),
  },
  'container-runtime': {
    group: 'platform',
    scope: 'cluster',
    gate: 'none',
    run: ({ snapshot }) => checkContainerRuntime(snapshot),
  },
  // Cluster-wide: the operator allows one CheCluster per cluster, and the check reads the node
  // selector of every CheCluster in the snapshot itself.
  'workspace-nodes': {
    group: 'platform',
    scope: 'cluster',
    gate: 'fail-or-unknown',
    run: ({ snapshot }) => checkWorkspaceNodes(snapshot),
  },
  'devspaces-installed': {
    group: 'devspaces',
    scope: 'cluster',
    gate: 'fail-or-unknown',
    run: ({ snapshot }) => checkDevSpacesInstalled(snapshot),
  },
  'operator-support': {
    group: 'devspaces',
    scope: 'cluster',
    gate: 'fail-or-unknown',
    run: ({ snapshot }) => checkOperatorSupport(snapshot),
  },
  'devworkspace-operator': {
    group: 'devspaces',
    scope: 'cluster',
    gate: 'fail',
    run: ({ snapshot }) => checkDevWorkspaceOperator(snapshot),
  },
  'devspaces-phase': {
    group: 'devspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ ctx }) => checkDevSpacesPhase(ctx),
  },
  'run-scc': {
    group: 'devspaces',
    scope: 'instance',
    gate: 'fail',
    run: ({ snapshot, ctx }) => checkRunScc(snapshot, ctx),
  },
  'scc-rbac': {
    group: 'devspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ snapshot, ctx }) => checkSccRbac(snapshot, ctx),
  },
  'workspace-config': {
    group: 'devspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ snapshot, ctx }) => checkWorkspaceConfig(snapshot, ctx),
  },
  'runtime-class': {
    group: 'devspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ ctx }) => checkRuntimeClass(ctx),
  },
  'tech-preview-setup': {
    group: 'devspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ snapshot, ctx, workspaces }) => checkTechPreviewSetup(snapshot, ctx, workspaces),
  },
  'legacy-workspaces': {
    group: 'workspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ snapshot, ctx, legacy, unrecorded }) =>
      checkLegacyWorkspaces(snapshot, ctx, legacy, unrecorded),
  },
  'workspace-images': {
    group: 'workspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ snapshot, ctx, workspaces }) => checkWorkspaceImages(snapshot, ctx, workspaces),
  },
  'workspace-user-namespaces': {
    group: 'workspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ snapshot, ctx, workspaces }) => checkWorkspaceUserNamespaces(snapshot, ctx, workspaces),
  },
  'workspace-pod-config': {
    group: 'workspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ snapshot, ctx, workspaces }) => checkWorkspacePodConfig(snapshot, ctx, workspaces),
  },
  'kubedock-workspaces': {
    group: 'workspaces',
    scope: 'instance',
    gate: 'none',
    run: ({ snapshot, ctx, workspaces }) => checkKubedockWorkspaces(snapshot, ctx, workspaces),
  },
  'root-on-host': {
    group: 'workspaces',
    scope: 'instance',
    gate: 'none',
    audit: true,
    run: ({ snapshot, workspaces, rootPods }) => checkRootOnHost(snapshot, workspaces, rootPods),
  },
} satisfies Record<CheckId, CheckSpec>;

const entries = Object.entries(CHECKS) as [CheckId, CheckSpec][];
const idsWhere = (keep: (spec: CheckSpec) => boolean): readonly CheckId[] =>
  entries.filter(([, spec]) => keep(spec)).map(([id]) => id);

/** Every check, in checklist order. */
export const ALL_CHECKS: readonly CheckId[] = idsWhere(() => true);
export const PLATFORM_CHECKS = idsWhere((s) => s.group === 'platform');
export const DEVSPACES_CHECKS = idsWhere((s) => s.group === 'devspaces');
export const WORKSPACE_CHECKS = idsWhere((s) => s.group === 'workspaces');
export const AUDIT_CHECKS: ReadonlySet<CheckId> = new Set(idsWhere((s) => s.audit === true));

export const checkSpec = (id: CheckId): CheckSpec => (CHECKS as Record<CheckId, CheckSpec>)[id];

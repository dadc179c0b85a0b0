/**
 * Every reason code the core can return, with the parameters it carries. The UI keeps one
 * translated sentence per code (a test checks none is missing), so adding a code here is an API change.
 */
import type { CheckId } from './checkIds';

/** Values a reason or a detail may carry; the UI formats them. */
export type ParamValue = string | number | boolean | null | string[];

interface ReasonSpec {
  /** Checks that may return it; `*` for the generic data-state reasons. */
  checks: readonly (CheckId | '*')[];
  params: readonly string[];
}

export const REASONS = {
  // Generic: the data behind the check is not usable yet, or the check does not apply.
  loading: { checks: ['*'], params: ['resource'] },
  /** 403: `verb` on `resource` in API `group` ('' = core) would let the viewer tell. */
  forbidden: { checks: ['*'], params: ['resource', 'verb', 'group'] },
  'read-error': { checks: ['*'], params: ['resource', 'message'] },
  'not-openshift': { checks: ['*'], params: [] },
  'not-installed': { checks: ['*'], params: [] },
  'feature-off': {
    checks: [
      'run-scc',
      'scc-rbac',
      'workspace-config',
      'workspace-user-namespaces',
      'kubedock-workspaces',
      'workspace-pod-config',
    ],
    params: [],
  },
  /** Right after a toggle the operator has not caught up yet. */
  reconciling: { checks: ['run-scc', 'scc-rbac', 'workspace-config'], params: ['since'] },

  'openshift-apis-served': { checks: ['openshift-apis'], params: [] },
  'openshift-apis-missing': { checks: ['openshift-apis'], params: ['missing'] },

  'version-supported': { checks: ['cluster-version'], params: ['current', 'minimum'] },
  'version-too-old': { checks: ['cluster-version'], params: ['current', 'minimum'] },
  'upgrade-in-progress': { checks: ['cluster-version'], params: ['current', 'desired'] },
  'version-unparseable': { checks: ['cluster-version'], params: ['raw'] },
  'version-not-completed': { checks: ['cluster-version'], params: ['desired'] },

  'gates-enabled': { checks: ['feature-gates'], params: ['version', 'gates'] },
  'gates-disabled': { checks: ['feature-gates'], params: ['version', 'gates'] },
  'gates-missing': { checks: ['feature-gates'], params: ['version', 'gates'] },
  /** No entry for the current version: the gates of the newest entry of the same minor are on. */
  'gates-enabled-same-minor': {
    checks: ['feature-gates'],
    params: ['version', 'current', 'gates'],
  },
  'gates-no-entry': { checks: ['feature-gates'], params: ['version'] },

  'feature-set-default': { checks: ['feature-set'], params: [] },
  'feature-set-non-default': { checks: ['feature-set'], params: ['featureSet'] },
  /** CustomNoUpgrade lists one of the user-namespace gates under customNoUpgrade.disabled. */
  'feature-set-disables-gates': { checks: ['feature-set'], params: ['featureSet', 'gates'] },

  'runtime-crun': { checks: ['container-runtime'], params: [] },
  'runtime-runc-forced': { checks: ['container-runtime'], params: ['configs', 'pools'] },
  /** MCO's generated 00-override MachineConfigs keep runc (clusters that passed through 4.17.z). */
  'runtime-runc-pinned': {
    checks: ['container-runtime'],
    params: ['machineConfigs', 'pools', 'configMap', 'configs'],
  },
  /** No machineconfiguration.openshift.io API (hosted control planes): cannot tell. */
  'runtime-api-absent': { checks: ['container-runtime'], params: [] },

  /** Every node that runs workspaces has a kubelet of at least `minimum` (the 4.20 kubelet). */
  'nodes-kubelet-ok': { checks: ['workspace-nodes'], params: ['count', 'minimum'] },
  /** Nodes with an older kubelet refuse hostUsers pods; `paused`: which of `pools` are paused. */
  'nodes-kubelet-too-old': {
    checks: ['workspace-nodes'],
    params: ['count', 'nodes', 'pools', 'paused', 'minimum'],
  },
  /** Nodes whose kubelet version is missing or unreadable (no status.nodeInfo). */
  'nodes-kubelet-unknown': { checks: ['workspace-nodes'], params: ['count', 'nodes'] },
  /** Pools holding workspace nodes that have no status yet. */
  'nodes-pool-status-missing': { checks: ['workspace-nodes'], params: ['pools'] },
  /** The CheCluster's node selector matches no node: workspaces cannot be scheduled. */
  'nodes-none-selected': { checks: ['workspace-nodes'], params: ['selector'] },
  /** The node list is empty: nothing tells which kubelets would run workspaces. */
  'nodes-none': { checks: ['workspace-nodes'], params: [] },

  'checluster-found': { checks: ['devspaces-installed'], params: ['count'] },
  'checluster-none': { checks: ['devspaces-installed'], params: [] },
  /**
   * Toggle blockers about the CheCluster itself (ToggleDecision.blockers only, never a check's
   * reason): the feature is already in the requested state, or the object lacks the
   * name/namespace/resourceVersion a safe patch needs.
   */
  'already-enabled': { checks: ['devspaces-installed'], params: [] },
  'already-disabled': { checks: ['devspaces-installed'], params: [] },
  'checluster-unknown': { checks: ['devspaces-installed'], params: [] },

  'operator-supports-field': { checks: ['operator-support'], params: [] },
  'operator-too-old': { checks: ['operator-support'], params: ['crd'] },

  'dwo-supports-host-users': { checks: ['devworkspace-operator'], params: ['version'] },
  'dwo-too-old': { checks: ['devworkspace-operator'], params: ['crd'] },
  /** Knows hostUsers but does not inject HOST_USERS (DWO < 0.40): parent devfiles break. */
  'dwo-no-host-users-env': { checks: ['devworkspace-operator'], params: ['version'] },

  'phase-active': { checks: ['devspaces-phase'], params: ['version'] },
  'phase-not-active': { checks: ['devspaces-phase'], params: ['phase', 'message', 'reason'] },
  /** status.reason set (InstallOrUpdateFailed): the operator's last reconcile failed, whatever chePhase says. */
  'reconcile-failed': { checks: ['devspaces-phase'], params: ['reason', 'message', 'phase'] },
  /** chePhase Inactive: the server Deployment has no available replica (server_reconciler.go). */
  'server-inactive': { checks: ['devspaces-phase'], params: [] },
  /** chePhase RollingUpdate: the server Deployment is rolling out. */
  'rolling-update': { checks: ['devspaces-phase'], params: [] },

  'scc-ok': { checks: ['run-scc'], params: ['name'] },
  'scc-missing': { checks: ['run-scc'], params: ['name'] },
  /** Missing while the operator reports a failed reconcile (it creates the SCC after the server). */
  'scc-missing-reconcile-failed': { checks: ['run-scc'], params: ['name', 'message'] },
  'scc-differs': { checks: ['run-scc'], params: ['name', 'fields'] },
  'scc-custom': { checks: ['run-scc'], params: ['name', 'fields'] },

  /** Every role and binding in place; `namespaces`: user namespaces whose RoleBinding was checked. */
  'cluster-role-ok': { checks: ['scc-rbac'], params: ['name', 'scc', 'namespaces'] },
  'cluster-role-missing': { checks: ['scc-rbac'], params: ['name', 'scc'] },
  /** A role or binding the operator creates is missing while it reports a failed reconcile. */
  'rbac-missing-reconcile-failed': { checks: ['scc-rbac'], params: ['name', 'message'] },
  'cluster-role-wrong-scc': { checks: ['scc-rbac'], params: ['name', 'scc'] },
  /** The DevWorkspace controller's ClusterRole `dev-workspace-container-run`. */
  'dwo-cluster-role-missing': { checks: ['scc-rbac'], params: ['name', 'scc'] },
  'dwo-cluster-role-wrong': { checks: ['scc-rbac'], params: ['name', 'scc', 'verbs'] },
  /** Its ClusterRoleBinding to `<DWO namespace>/devworkspace-controller-serviceaccount`. */
  'dwo-binding-missing': { checks: ['scc-rbac'], params: ['name', 'serviceAccount'] },
  'dwo-binding-wrong': { checks: ['scc-rbac'], params: ['name', 'serviceAccount', 'fields'] },
  /** User namespaces without a RoleBinding `<flavor>-user-container-run` to their user (first few named). */
  'user-bindings-missing': { checks: ['scc-rbac'], params: ['name', 'count', 'namespaces'] },

  'dwoc-ok': { checks: ['workspace-config'], params: ['namespace'] },
  'dwoc-missing': { checks: ['workspace-config'], params: ['namespace'] },
  'dwoc-missing-reconcile-failed': {
    checks: ['workspace-config'],
    params: ['namespace', 'message'],
  },
  'dwoc-differs': { checks: ['workspace-config'], params: ['namespace', 'fields'] },
  /** devEnvironments.security.podSecurityContext.runAsUser, copied to the DWOC, is refused by the run SCC. */
  'dwoc-run-as-user-rejected': {
    checks: ['workspace-config'],
    params: ['namespace', 'uid', 'scc', 'allowed'],
  },

  'runtime-class-unset': { checks: ['runtime-class'], params: [] },
  'runtime-class-set': { checks: ['runtime-class'], params: ['name'] },

  'tech-preview-none': { checks: ['tech-preview-setup'], params: [] },
  /** `parts`: build-scc, pod-overrides, feature-set; the details name each object. */
  'tech-preview-found': { checks: ['tech-preview-setup'], params: ['parts', 'workspaces'] },

  'images-ok': { checks: ['workspace-images'], params: ['count'] },
  /** Some image can never run nested podman (ubi8 UDI, entrypoint replaced). */
  'images-broken': { checks: ['workspace-images'], params: ['count', 'workspaces'] },
  /** Some image cannot be told apart from a working one: verify it. */
  'images-verify': { checks: ['workspace-images'], params: ['count', 'workspaces'] },

  'legacy-none': { checks: ['legacy-workspaces'], params: [] },
  /**
   * Feature off: workspaces recorded with another SCC will not start once it is turned on
   * (`unrecorded`: how many more have no recorded SCC, see legacy-unrecorded).
   */
  'legacy-will-break': { checks: ['legacy-workspaces'], params: ['count', 'scc', 'unrecorded'] },
  /** Feature on: recorded with another SCC, they cannot start; users must recreate them. */
  'legacy-cannot-start': { checks: ['legacy-workspaces'], params: ['count', 'scc', 'unrecorded'] },
  /** Only workspaces with no recorded SCC: they start from the dashboard (which records it), not otherwise. */
  'legacy-unrecorded': { checks: ['legacy-workspaces'], params: ['count', 'scc'] },
  /** Turning off: workspaces created with the run SCC lose it (the operator deletes the SCC and its roles). */
  'run-workspaces-will-break': { checks: ['legacy-workspaces'], params: ['count', 'scc'] },

  'userns-no-pods': { checks: ['workspace-user-namespaces'], params: [] },
  'userns-all': { checks: ['workspace-user-namespaces'], params: ['with'] },
  'userns-some-missing': { checks: ['workspace-user-namespaces'], params: ['with', 'without'] },
  /** Running pods whose containers cannot be read: cannot tell whether they run podman. */
  'userns-unreadable': { checks: ['workspace-user-namespaces'], params: ['count', 'pods'] },

  'pod-config-no-pods': { checks: ['workspace-pod-config'], params: [] },
  'pod-config-ok': { checks: ['workspace-pod-config'], params: ['count'] },
  /** Some pods with hostUsers false miss what nested podman needs; details name each miss per pod. */
  'pod-config-problems': { checks: ['workspace-pod-config'], params: ['count', 'pods'] },
  /** Pods with hostUsers false whose containers cannot be read: nothing can be told about them. */
  'pod-config-unreadable': { checks: ['workspace-pod-config'], params: ['count', 'pods'] },

  'kubedock-none': { checks: ['kubedock-workspaces'], params: [] },
  'kubedock-found': { checks: ['kubedock-workspaces'], params: ['count', 'workspaces'] },

  'root-none': { checks: ['root-on-host'], params: ['pods'] },
  /** UID 0 or privileged without a user namespace: root on the node. */
  'root-found': { checks: ['root-on-host'], params: ['count'] },
  /** Non-root, but may escalate without a user namespace (every container-build workspace). */
  'escalation-possible': { checks: ['root-on-host'], params: ['count'] },
} as const satisfies Record<string, ReasonSpec>;

export type ReasonCode = keyof typeof REASONS;

type Specs = typeof REASONS;

/** The reason codes a check may return: its own, and the generic data-state ones. */
export type ReasonOf<Id extends CheckId> = {
  [R in ReasonCode]: Id extends Specs[R]['checks'][number]
    ? R
    : '*' extends Specs[R]['checks'][number]
      ? R
      : never;
}[ReasonCode];

/** Exactly the parameters a reason code declares. */
export type ParamsOf<R extends ReasonCode> = { [K in Specs[R]['params'][number]]: ParamValue };

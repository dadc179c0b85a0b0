import type { ReasonSpecs } from '../definition';
import { FEATURE_OFF, RECONCILING } from '../sharedReasons';

/** The reasons scc-rbac returns, with the names of their parameters. */
export const reasons = {
  ...FEATURE_OFF,
  ...RECONCILING,
  /** Every role and binding in place; `namespaces`: user namespaces whose RoleBinding was checked. */
  'cluster-role-ok': ['name', 'scc', 'namespaces'],
  'cluster-role-missing': ['name', 'scc'],
  /** A role or binding the operator creates is missing while it reports a failed reconcile. */
  'rbac-missing-reconcile-failed': ['name', 'message'],
  'cluster-role-wrong-scc': ['name', 'scc'],
  /** The DevWorkspace controller's ClusterRole `dev-workspace-container-run`. */
  'dwo-cluster-role-missing': ['name', 'scc'],
  'dwo-cluster-role-wrong': ['name', 'scc', 'verbs'],
  /** Its ClusterRoleBinding to `<DWO namespace>/devworkspace-controller-serviceaccount`. */
  'dwo-binding-missing': ['name', 'serviceAccount'],
  'dwo-binding-wrong': ['name', 'serviceAccount', 'fields'],
  /** User namespaces without a RoleBinding `<flavor>-user-container-run` to their user (first few named). */
  'user-bindings-missing': ['name', 'count', 'namespaces'],
} as const satisfies ReasonSpecs;

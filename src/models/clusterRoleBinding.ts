import type { K8sObject, ModelFacts } from './common';
import type { RoleRef, Subject } from './roleBinding';

export const ClusterRoleBindingModel: ModelFacts = {
  group: 'rbac.authorization.k8s.io',
  version: 'v1',
  kind: 'ClusterRoleBinding',
  plural: 'clusterrolebindings',
  namespaced: false,
};

export interface ClusterRoleBinding extends K8sObject {
  roleRef?: RoleRef;
  subjects?: Subject[];
}

/** ClusterRole and ClusterRoleBinding che-operator creates for the DevWorkspace controller (container_run.go). */
export const DWO_CONTAINER_RUN_ROLE = 'dev-workspace-container-run';
/** The DevWorkspace controller's service account (che-operator constants.DevWorkspaceServiceAccountName). */
export const DWO_SERVICE_ACCOUNT = 'devworkspace-controller-serviceaccount';
/**
 * Labels of the DevWorkspace controller pods; che-operator finds the DWO namespace by listing pods
 * with them and the service account above (pkg/deploy/devworkspace/dwo_namespace.go).
 */
export const DWO_CONTROLLER_LABELS = {
  'app.kubernetes.io/name': 'devworkspace-controller',
  'app.kubernetes.io/part-of': 'devworkspace-operator',
} as const;

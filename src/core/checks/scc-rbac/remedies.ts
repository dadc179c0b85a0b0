/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc, yaml } from '../../remedies';
export { showCheClusterStatus, operatorLogs } from '../../remedies';

export const showClusterRole = (name: string): Remedy =>
  oc('show-cluster-role', `oc get clusterrole ${name} -o yaml`);

export const clusterRoleYaml = (name: string, scc: string, verbs: string[] = ['use']): Remedy =>
  yaml('cluster-role-expected', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name },
    rules: [
      {
        apiGroups: ['security.openshift.io'],
        resources: ['securitycontextconstraints'],
        resourceNames: [scc],
        verbs,
      },
    ],
  });

export const showClusterRoleBinding = (name: string): Remedy =>
  oc('show-cluster-role-binding', `oc get clusterrolebinding ${name} -o yaml`);

/** The DevWorkspace controller's binding; without a known DWO namespace, a placeholder to fill in. */
export const clusterRoleBindingYaml = (
  name: string,
  role: string,
  serviceAccount: string,
  namespace: string | undefined,
): Remedy =>
  yaml('cluster-role-binding-expected', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
    subjects: [
      { kind: 'ServiceAccount', name: serviceAccount, namespace: namespace ?? '<DWO namespace>' },
    ],
  });

/** Every user namespace with its username next to the RoleBinding there, if any. */
export const listUserRoleBindings = (name: string): Remedy =>
  oc(
    'list-user-role-bindings',
    `oc get namespaces -l app.kubernetes.io/part-of=che.eclipse.org,app.kubernetes.io/component=workspaces-namespace -o custom-columns='NAMESPACE:.metadata.name,USER:.metadata.annotations.che\\.eclipse\\.org/username' && oc get rolebindings -A --field-selector metadata.name=${name} -o custom-columns='NAMESPACE:.metadata.namespace,ROLE:.roleRef.name,SUBJECTS:.subjects[*].name'`,
  );

/** The RoleBindings the user-namespace controller creates (reconcileSCCPrivileges), as one List. */
export const userRoleBindingsYaml = (
  name: string,
  bindings: { namespace: string; user: string }[],
): Remedy =>
  yaml('user-role-bindings-expected', {
    apiVersion: 'v1',
    kind: 'List',
    items: bindings.map(({ namespace, user }) => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name, namespace, labels: { 'app.kubernetes.io/part-of': 'che.eclipse.org' } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
    })),
  });

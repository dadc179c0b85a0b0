/**
 * Test-only factories for the SCC, roles, bindings, user namespaces and controller pods
 * che-operator, the dashboard and the DevWorkspace Operator create.
 */
import type { ClusterRole } from '../../models/clusterRole';
import type { ClusterRoleBinding } from '../../models/clusterRoleBinding';
import type { Namespace } from '../../models/namespace';
import type { Pod } from '../../models/pod';
import type { RoleBinding } from '../../models/roleBinding';
import type { SecurityContextConstraints } from '../../models/securityContextConstraints';
import { operatorLabels } from '../cheCluster';
import { derivedRbac, derivedRunScc, derivedUserClusterRole } from './reference';

export const runScc = (
  o: {
    name?: string;
    flavor?: string;
    managed?: boolean;
  } & Partial<SecurityContextConstraints> = {},
): SecurityContextConstraints => {
  const { name = 'container-run', flavor = 'devspaces', managed = true, ...fields } = o;
  const scc = { ...structuredClone(derivedRunScc()), ...fields };
  // Managed: the labels che-operator sets; unmanaged: an administrator's SCC with one stray label.
  scc.metadata = {
    name,
    labels: managed
      ? operatorLabels(flavor === 'che' ? 'che' : 'devspaces')
      : { 'app.kubernetes.io/part-of': 'che.eclipse.org' },
  };
  return scc;
};

export const userClusterRole = (flavor = 'devspaces', scc = 'container-run'): ClusterRole => {
  const role = structuredClone(derivedUserClusterRole());
  role.metadata = { name: `${flavor}-user-container-run` };
  role.rules![0].resourceNames = [scc];
  return role;
};

/** The DevWorkspace controller's ClusterRole (get/update/use on the SCC). */
export const dwoClusterRole = (scc = 'container-run'): ClusterRole => {
  const role = structuredClone(derivedRbac()[1]) as ClusterRole;
  role.rules![0].resourceNames = [scc];
  return role;
};

/** Its binding to the controller's service account in `namespace`. */
export const dwoBinding = (namespace = 'openshift-operators'): ClusterRoleBinding => {
  const binding = structuredClone(derivedRbac()[2]) as ClusterRoleBinding;
  binding.subjects = [{ ...binding.subjects![0], namespace }];
  return binding;
};

/** The RoleBinding the user-namespace controller creates in a user namespace. */
export const userRoleBinding = (
  namespace = 'alice-devspaces',
  user = 'alice',
  flavor = 'devspaces',
): RoleBinding => {
  const rb = structuredClone(derivedRbac()[3]) as RoleBinding;
  const name = `${flavor}-user-container-run`;
  rb.metadata = { ...rb.metadata, name, namespace };
  rb.roleRef = { ...rb.roleRef, name };
  rb.subjects = [{ ...rb.subjects![0], name: user }];
  return rb;
};

/** A user namespace as the Dev Spaces dashboard provisions it. */
export const userNamespace = (
  name = 'alice-devspaces',
  user: string | null = 'alice',
): Namespace => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: {
    name,
    labels: {
      'app.kubernetes.io/part-of': 'che.eclipse.org',
      'app.kubernetes.io/component': 'workspaces-namespace',
    },
    ...(user === null ? {} : { annotations: { 'che.eclipse.org/username': user } }),
  },
});

/** A DevWorkspace controller pod (its namespace is the DWO namespace). */
export const dwoControllerPod = (namespace = 'openshift-operators'): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'devworkspace-controller-manager-7d9f8b6c5-x7k2p',
    namespace,
    labels: {
      'app.kubernetes.io/name': 'devworkspace-controller',
      'app.kubernetes.io/part-of': 'devworkspace-operator',
    },
  },
  spec: { serviceAccountName: 'devworkspace-controller-serviceaccount', containers: [] },
  status: { phase: 'Running' },
});

/**
 * The watch specs of the nested-containers snapshot. They are module constants (and the second
 * stage is derived from names only), so the page and the tab open identical watches and the
 * console's store shares them.
 *
 * The two CRDs the core reads are not watched (hooks/useCustomResourceDefinition.ts says why).
 *
 * Single objects are watched as lists narrowed to one name: the console re-reads a watched single
 * object every 30 s on top of its watch, while a list watch is one WebSocket and no polling.
 */
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import type { SecondaryNames } from '../core/namedObjects';
import { CheClusterModel } from '../models/cheCluster';
import { ClusterRoleModel } from '../models/clusterRole';
import { ClusterRoleBindingModel, DWO_CONTROLLER_LABELS } from '../models/clusterRoleBinding';
import { ClusterVersionModel } from '../models/clusterVersion';
import { gvkOf, type ModelFacts } from '../models/common';
import { ContainerRuntimeConfigModel } from '../models/containerRuntimeConfig';
import { DevWorkspaceModel } from '../models/devWorkspace';
import { ClusterServiceVersionModel, DWO_CSV_NAMESPACE } from '../models/clusterServiceVersion';
import { DevWorkspaceOperatorConfigModel, DWOC_NAME } from '../models/devWorkspaceOperatorConfig';
import { FeatureGateModel } from '../models/featureGate';
import { NamespaceModel, USER_NAMESPACE_LABELS } from '../models/namespace';
import { MachineConfigModel, RUNC_OVERRIDE_NAMES } from '../models/machineConfig';
import { MachineConfigPoolModel } from '../models/machineConfigPool';
import { PodModel, WORKSPACE_ID_LABEL } from '../models/pod';
import { RoleBindingModel } from '../models/roleBinding';
import { SecurityContextConstraintsModel } from '../models/securityContextConstraints';

export type PrimaryKey =
  | 'clusterVersion'
  | 'featureGate'
  | 'containerRuntimeConfigs'
  | 'cheClusters'
  | 'devWorkspaces'
  | 'workspacePods'
  | 'devWorkspaceOperatorCsvs'
  | 'userNamespaces'
  | 'devWorkspaceControllerPods'
  | 'machineConfigPools'
  | `machineconfig/${string}`;

export const runcOverrideWatchKey = (name: string) => `machineconfig/${name}` as const;

/** One named object, as a list watch (see above); the hook takes its only item. */
export const namedWatch = (
  model: ModelFacts,
  name: string,
  namespace?: string,
): WatchK8sResource => ({
  groupVersionKind: gvkOf(model),
  isList: true,
  fieldSelector: `metadata.name=${name}`,
  ...(namespace ? { namespace } : {}),
});

/** Watches that do not depend on anything else. None polls: they are API watches. */
export const PRIMARY_WATCHES: Readonly<Record<PrimaryKey, WatchK8sResource>> = {
  clusterVersion: namedWatch(ClusterVersionModel, 'version'),
  featureGate: namedWatch(FeatureGateModel, 'cluster'),
  containerRuntimeConfigs: { groupVersionKind: gvkOf(ContainerRuntimeConfigModel), isList: true },
  // MCO's two generated runc pins by name: not every MachineConfig with its Ignition payload.
  ...Object.fromEntries(
    RUNC_OVERRIDE_NAMES.map((n) => [runcOverrideWatchKey(n), namedWatch(MachineConfigModel, n)]),
  ),
  // A handful of small objects whose status moves as nodes update: it also tells when to read the
  // Nodes again (useNodes.ts). Hosted control planes do not serve it (not-found).
  machineConfigPools: { groupVersionKind: gvkOf(MachineConfigPoolModel), isList: true },
  // No namespace: every namespace.
  cheClusters: { groupVersionKind: gvkOf(CheClusterModel), isList: true },
  devWorkspaces: { groupVersionKind: gvkOf(DevWorkspaceModel), isList: true },
  // Workspace pods only, never every pod of the cluster.
  workspacePods: {
    groupVersionKind: gvkOf(PodModel),
    isList: true,
    selector: { matchExpressions: [{ key: WORKSPACE_ID_LABEL, operator: 'Exists' }] },
  },
  // CSV names carry the version (devworkspace-operator.v0.40.0), so no name selector: the core picks.
  devWorkspaceOperatorCsvs: {
    groupVersionKind: gvkOf(ClusterServiceVersionModel),
    isList: true,
    namespace: DWO_CSV_NAMESPACE,
  },
  // User namespaces by label, one list watch (scc-rbac checks each has its RoleBinding).
  userNamespaces: {
    groupVersionKind: gvkOf(NamespaceModel),
    isList: true,
    selector: { matchLabels: { ...USER_NAMESPACE_LABELS } },
  },
  // The DevWorkspace controller's pods: their namespace is the one its ClusterRoleBinding names.
  devWorkspaceControllerPods: {
    groupVersionKind: gvkOf(PodModel),
    isList: true,
    selector: { matchLabels: { ...DWO_CONTROLLER_LABELS } },
  },
};

export const sccWatchKey = (name: string) => `scc/${name}`;
export const dwocWatchKey = (namespace: string) => `dwoc/${namespace}`;
export const clusterRoleWatchKey = (name: string) => `clusterrole/${name}`;
export const clusterRoleBindingWatchKey = (name: string) => `clusterrolebinding/${name}`;
export const roleBindingsWatchKey = (name: string) => `rolebindings/${name}`;

/** Watches keyed by the names the CheClusters configure. */
export const secondaryWatches = (names: SecondaryNames): Record<string, WatchK8sResource> => {
  const watches: Record<string, WatchK8sResource> = {};
  for (const name of names.sccs)
    watches[sccWatchKey(name)] = namedWatch(SecurityContextConstraintsModel, name);
  for (const namespace of names.dwocNamespaces)
    watches[dwocWatchKey(namespace)] = namedWatch(
      DevWorkspaceOperatorConfigModel,
      DWOC_NAME,
      namespace,
    );
  for (const name of names.clusterRoles)
    watches[clusterRoleWatchKey(name)] = namedWatch(ClusterRoleModel, name);
  for (const name of names.clusterRoleBindings)
    watches[clusterRoleBindingWatchKey(name)] = namedWatch(ClusterRoleBindingModel, name);
  // No namespace: one watch across all namespaces, narrowed to the one name.
  for (const name of names.userRoleBindings)
    watches[roleBindingsWatchKey(name)] = namedWatch(RoleBindingModel, name);
  return watches;
};

/**
 * The watch specs of the nested-containers snapshot. They are module constants (and the second
 * stage is derived from names only), so the page and the tab open identical watches and the
 * console's store shares them.
 *
 * The two CRDs the core reads are not watched (hooks/useCustomResourceDefinition.ts says why).
 *
 * What is watched (model, fixed name, namespace) comes from the snapshot's resource table
 * (core/resources.ts); how (selectors, keys) is decided here.
 *
 * Single objects are watched as lists narrowed to one name: the console re-reads a watched single
 * object every 30 s on top of its watch, while a list watch is one WebSocket and no polling.
 */
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import type { SecondaryNames } from '../core/namedObjects';
import { SNAPSHOT_RESOURCES as R } from '../core/resources';
import { DWO_CONTROLLER_LABELS } from '../models/clusterRoleBinding';
import { gvkOf, type ModelFacts } from '../models/common';
import { USER_NAMESPACE_LABELS } from '../models/namespace';
import { RUNC_OVERRIDE_NAMES } from '../models/machineConfig';
import { WORKSPACE_ID_LABEL } from '../models/pod';

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
  clusterVersion: namedWatch(R.clusterVersion.model, R.clusterVersion.name),
  featureGate: namedWatch(R.featureGate.model, R.featureGate.name),
  containerRuntimeConfigs: {
    groupVersionKind: gvkOf(R.containerRuntimeConfigs.model),
    isList: true,
  },
  // MCO's two generated runc pins by name: not every MachineConfig with its Ignition payload.
  ...Object.fromEntries(
    RUNC_OVERRIDE_NAMES.map((n) => [
      runcOverrideWatchKey(n),
      namedWatch(R.runtimeOverrides.model, n),
    ]),
  ),
  // A handful of small objects whose status moves as nodes update: it also tells when to read the
  // Nodes again (useNodes.ts). Hosted control planes do not serve it (not-found).
  machineConfigPools: { groupVersionKind: gvkOf(R.machineConfigPools.model), isList: true },
  // No namespace: every namespace.
  cheClusters: { groupVersionKind: gvkOf(R.cheClusters.model), isList: true },
  devWorkspaces: { groupVersionKind: gvkOf(R.devWorkspaces.model), isList: true },
  // Workspace pods only, never every pod of the cluster.
  workspacePods: {
    groupVersionKind: gvkOf(R.workspacePods.model),
    isList: true,
    selector: { matchExpressions: [{ key: WORKSPACE_ID_LABEL, operator: 'Exists' }] },
  },
  // CSV names carry the version (devworkspace-operator.v0.40.0), so no name selector: the core picks.
  devWorkspaceOperatorCsvs: {
    groupVersionKind: gvkOf(R.devWorkspaceOperatorCsvs.model),
    isList: true,
    namespace: R.devWorkspaceOperatorCsvs.namespace,
  },
  // User namespaces by label, one list watch (scc-rbac checks each has its RoleBinding).
  userNamespaces: {
    groupVersionKind: gvkOf(R.userNamespaces.model),
    isList: true,
    selector: { matchLabels: { ...USER_NAMESPACE_LABELS } },
  },
  // The DevWorkspace controller's pods: their namespace is the one its ClusterRoleBinding names.
  devWorkspaceControllerPods: {
    groupVersionKind: gvkOf(R.devWorkspaceControllerPods.model),
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
  for (const name of names.sccs) watches[sccWatchKey(name)] = namedWatch(R.sccs.model, name);
  for (const namespace of names.dwocNamespaces)
    watches[dwocWatchKey(namespace)] = namedWatch(
      R.devWorkspaceOperatorConfigs.model,
      R.devWorkspaceOperatorConfigs.name,
      namespace,
    );
  for (const name of names.clusterRoles)
    watches[clusterRoleWatchKey(name)] = namedWatch(R.clusterRoles.model, name);
  for (const name of names.clusterRoleBindings)
    watches[clusterRoleBindingWatchKey(name)] = namedWatch(R.clusterRoleBindings.model, name);
  // No namespace: one watch across all namespaces, narrowed to the one name.
  for (const name of names.userRoleBindings)
    watches[roleBindingsWatchKey(name)] = namedWatch(R.userRoleBindings.model, name);
  return watches;
};

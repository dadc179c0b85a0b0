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
 *
 * Every list is read in one response (`limit`, see LIST_LIMIT).
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
  | 'cheClusters'
  | 'devWorkspaces'
  | 'workspacePods'
  | 'devWorkspaceOperatorCsvs'
  | 'machineConfigPools';

/** The cluster-wide lists only scc-rbac reads: watched while some CheCluster's switch is on. */
export type SwitchedOnKey = 'userNamespaces' | 'devWorkspaceControllerPods';

export type PlatformKey =
  'clusterVersion' | 'featureGate' | 'containerRuntimeConfigs' | `machineconfig/${string}`;

/** A list read once (usePlatformReads.ts): the watch it stands for, and the model to read it with. */
export type ListRead = { model: ModelFacts; watch: WatchK8sResource };

/**
 * The page size the console lists with. Its list watch (`watchK8sList`, console SDK
 * `app/k8s/actions/k8s.js`) pages with `limit` (250 unless the watch says otherwise) and reports
 * the list loaded after the FIRST page, adding the others as they come: with 10,000 workspace pods
 * that is 41 pages, during which the checks would judge a quarter of the pods, or user namespaces
 * against a part of their RoleBindings ("missing" on a healthy cluster). One page as large as the
 * most pods Kubernetes supports in a cluster (150,000, "Considerations for large clusters") makes
 * the first page the whole list (a cluster has fewer workspace pods, namespaces or RoleBindings of
 * one name than that). ACM's watch hooks ignore it: they list in one GET.
 */
export const LIST_LIMIT = 150_000;

export const runcOverrideWatchKey = (name: string) => `machineconfig/${name}` as const;

/** One named object, as a list watch (see above); the hook takes its only item. */
export const namedWatch = (
  model: ModelFacts,
  name: string,
  namespace?: string,
): WatchK8sResource => ({
  groupVersionKind: gvkOf(model),
  isList: true,
  limit: LIST_LIMIT,
  fieldSelector: `metadata.name=${name}`,
  ...(namespace ? { namespace } : {}),
});

const listRead = (model: ModelFacts, name?: string): ListRead => ({
  model,
  watch: name
    ? namedWatch(model, name)
    : { groupVersionKind: gvkOf(model), isList: true, limit: LIST_LIMIT },
});

/**
 * The objects that reach the nodes only through a MachineConfigPool rollout: read once, together,
 * and again when the pools move (usePlatformReads.ts says why they are not watched).
 */
export const PLATFORM_READS: Readonly<Record<PlatformKey, ListRead>> = {
  clusterVersion: listRead(R.clusterVersion.model, R.clusterVersion.name),
  featureGate: listRead(R.featureGate.model, R.featureGate.name),
  containerRuntimeConfigs: listRead(R.containerRuntimeConfigs.model),
  // MCO's two generated runc pins by name: not every MachineConfig with its Ignition payload.
  ...Object.fromEntries(
    RUNC_OVERRIDE_NAMES.map((n) => [
      runcOverrideWatchKey(n),
      listRead(R.runtimeOverrides.model, n),
    ]),
  ),
};

/** Watches that do not depend on anything else. None polls: they are API watches. */
export const PRIMARY_WATCHES: Readonly<Record<PrimaryKey, WatchK8sResource>> = {
  // First: the console starts watches in this order, and the second stage waits for the
  // CheClusters' names. No namespace: every namespace.
  cheClusters: { groupVersionKind: gvkOf(R.cheClusters.model), isList: true, limit: LIST_LIMIT },
  // A handful of small objects whose status moves as nodes update: it also tells when to read the
  // Nodes and the platform objects again (useNodes.ts, usePlatformReads.ts). Hosted control planes do not serve it (not-found).
  machineConfigPools: {
    groupVersionKind: gvkOf(R.machineConfigPools.model),
    isList: true,
    limit: LIST_LIMIT,
  },
  devWorkspaces: {
    groupVersionKind: gvkOf(R.devWorkspaces.model),
    isList: true,
    limit: LIST_LIMIT,
  },
  // Workspace pods only, never every pod of the cluster.
  workspacePods: {
    groupVersionKind: gvkOf(R.workspacePods.model),
    isList: true,
    limit: LIST_LIMIT,
    selector: { matchExpressions: [{ key: WORKSPACE_ID_LABEL, operator: 'Exists' }] },
  },
  // CSV names carry the version (devworkspace-operator.v0.40.0), so no name selector: the core picks.
  devWorkspaceOperatorCsvs: {
    groupVersionKind: gvkOf(R.devWorkspaceOperatorCsvs.model),
    isList: true,
    limit: LIST_LIMIT,
    namespace: R.devWorkspaceOperatorCsvs.namespace,
  },
};

/** Second stage, while some CheCluster's switch is on (core/namedObjects.ts says why). */
export const SWITCHED_ON_WATCHES: Readonly<Record<SwitchedOnKey, WatchK8sResource>> = {
  // User namespaces by label, one list watch (scc-rbac checks each has its RoleBinding).
  userNamespaces: {
    groupVersionKind: gvkOf(R.userNamespaces.model),
    isList: true,
    limit: LIST_LIMIT,
    selector: { matchLabels: { ...USER_NAMESPACE_LABELS } },
  },
  // The DevWorkspace controller's pods: their namespace is the one its ClusterRoleBinding names.
  devWorkspaceControllerPods: {
    groupVersionKind: gvkOf(R.devWorkspaceControllerPods.model),
    isList: true,
    limit: LIST_LIMIT,
    selector: { matchLabels: { ...DWO_CONTROLLER_LABELS } },
  },
};

/**
 * The first stage of a managed cluster, all as watch specs: the fleet reads each with one GET, and
 * the drill-down watches them through ACM, whose watches do not cost the console's store.
 */
export const MANAGED_PRIMARY_WATCHES: Readonly<Record<string, WatchK8sResource>> = {
  ...PRIMARY_WATCHES,
  ...Object.fromEntries(Object.entries(PLATFORM_READS).map(([key, read]) => [key, read.watch])),
};

export const sccWatchKey = (name: string) => `scc/${name}`;
export const dwocWatchKey = (namespace: string) => `dwoc/${namespace}`;
export const clusterRoleWatchKey = (name: string) => `clusterrole/${name}`;
export const clusterRoleBindingWatchKey = (name: string) => `clusterrolebinding/${name}`;
export const roleBindingsWatchKey = (name: string) => `rolebindings/${name}`;

/** Watches keyed by the names the CheClusters configure, and the lists their switch calls for. */
export const secondaryWatches = (names: SecondaryNames): Record<string, WatchK8sResource> => {
  const watches: Record<string, WatchK8sResource> = names.switchedOn
    ? { ...SWITCHED_ON_WATCHES }
    : {};
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

/**
 * The snapshot the core evaluates, assembled from the watches' results, the CRD reads and the Node
 * table: one entry per field of core/resources.ts. Pure; `keep` serves a state's last loaded data
 * while its read recovers (lastGood.ts).
 */
import type { ClusterSnapshot, OpenShiftApis, RecentToggle, ResourceState } from '../core/snapshot';
import type { SecondaryNames } from '../core';
import type { CheCluster } from '../models/cheCluster';
import type { ClusterServiceVersion } from '../models/clusterServiceVersion';
import type { ClusterRole } from '../models/clusterRole';
import type { ClusterRoleBinding } from '../models/clusterRoleBinding';
import type { ClusterVersion } from '../models/clusterVersion';
import type { ContainerRuntimeConfig } from '../models/containerRuntimeConfig';
import type { CustomResourceDefinition } from '../models/customResourceDefinition';
import type { DevWorkspace } from '../models/devWorkspace';
import type { DevWorkspaceOperatorConfig } from '../models/devWorkspaceOperatorConfig';
import type { FeatureGate } from '../models/featureGate';
import type { Namespace } from '../models/namespace';
import { RUNC_OVERRIDE_NAMES, type MachineConfig } from '../models/machineConfig';
import type { MachineConfigPool } from '../models/machineConfigPool';
import type { Node } from '../models/node';
import type { Pod } from '../models/pod';
import type { RoleBinding } from '../models/roleBinding';
import type { SecurityContextConstraints } from '../models/securityContextConstraints';
import { asList, asObject, type WatchResults } from './watchResults';
import {
  clusterRoleBindingWatchKey,
  clusterRoleWatchKey,
  dwocWatchKey,
  roleBindingsWatchKey,
  runcOverrideWatchKey,
  sccWatchKey,
} from './watches';

export interface WatchedState {
  openshiftApis: ResourceState<OpenShiftApis>;
  /** Results of the cluster-wide watches (PRIMARY_WATCHES) and of the per-name ones. */
  primary: WatchResults;
  secondary: WatchResults;
  names: SecondaryNames;
  cheClusters: ResourceState<CheCluster[]>;
  cheClusterCrd: ResourceState<CustomResourceDefinition>;
  devWorkspaceOperatorConfigCrd: ResourceState<CustomResourceDefinition>;
  nodes: ResourceState<Node[]>;
  recentToggles: readonly RecentToggle[];
}

type Keep = <T>(key: string, state: ResourceState<T>) => ResourceState<T>;

export const snapshotFromWatches = (w: WatchedState, keep: Keep): ClusterSnapshot => {
  const {
    openshiftApis,
    primary,
    secondary,
    names,
    cheClusters,
    cheClusterCrd,
    devWorkspaceOperatorConfigCrd,
    nodes,
    recentToggles,
  } = w;
  return {
    openshiftApis,
    clusterVersion: keep('clusterVersion', asObject<ClusterVersion>(primary.clusterVersion)),
    featureGate: keep('featureGate', asObject<FeatureGate>(primary.featureGate)),
    containerRuntimeConfigs: keep(
      'containerRuntimeConfigs',
      asList<ContainerRuntimeConfig>(primary.containerRuntimeConfigs),
    ),
    runtimeOverrides: Object.fromEntries(
      RUNC_OVERRIDE_NAMES.map((n) => [
        n,
        keep(runcOverrideWatchKey(n), asObject<MachineConfig>(primary[runcOverrideWatchKey(n)])),
      ]),
    ),
    nodes: keep('nodes', nodes),
    machineConfigPools: keep(
      'machineConfigPools',
      asList<MachineConfigPool>(primary.machineConfigPools),
    ),
    cheClusters,
    cheClusterCrd: keep('cheClusterCrd', cheClusterCrd),
    sccs: Object.fromEntries(
      names.sccs.map((n) => [
        n,
        keep(sccWatchKey(n), asObject<SecurityContextConstraints>(secondary[sccWatchKey(n)])),
      ]),
    ),
    devWorkspaceOperatorConfigs: Object.fromEntries(
      names.dwocNamespaces.map((ns) => [
        ns,
        keep(dwocWatchKey(ns), asObject<DevWorkspaceOperatorConfig>(secondary[dwocWatchKey(ns)])),
      ]),
    ),
    clusterRoles: Object.fromEntries(
      names.clusterRoles.map((n) => [
        n,
        keep(clusterRoleWatchKey(n), asObject<ClusterRole>(secondary[clusterRoleWatchKey(n)])),
      ]),
    ),
    clusterRoleBindings: Object.fromEntries(
      names.clusterRoleBindings.map((n) => [
        n,
        keep(
          clusterRoleBindingWatchKey(n),
          asObject<ClusterRoleBinding>(secondary[clusterRoleBindingWatchKey(n)]),
        ),
      ]),
    ),
    userRoleBindings: Object.fromEntries(
      names.userRoleBindings.map((n) => [
        n,
        keep(roleBindingsWatchKey(n), asList<RoleBinding>(secondary[roleBindingsWatchKey(n)])),
      ]),
    ),
    // Second stage, and read only while some switch is on: loading otherwise, which no check
    // reads then (scc-rbac is not applicable).
    userNamespaces: keep('userNamespaces', asList<Namespace>(secondary.userNamespaces)),
    devWorkspaceControllerPods: keep(
      'devWorkspaceControllerPods',
      asList<Pod>(secondary.devWorkspaceControllerPods),
    ),
    devWorkspaces: keep('devWorkspaces', asList<DevWorkspace>(primary.devWorkspaces)),
    workspacePods: keep('workspacePods', asList<Pod>(primary.workspacePods)),
    recentToggles: [...recentToggles],
    devWorkspaceOperatorConfigCrd: keep(
      'devWorkspaceOperatorConfigCrd',
      devWorkspaceOperatorConfigCrd,
    ),
    devWorkspaceOperatorCsvs: keep(
      'devWorkspaceOperatorCsvs',
      asList<ClusterServiceVersion>(primary.devWorkspaceOperatorCsvs),
    ),
  };
};

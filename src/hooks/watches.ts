/**
 * The watch specs of the nested-containers snapshot. They are module constants (and the second
 * stage is derived from names only), so the page and the tab open identical watches and the
 * console's store shares them.
 */
import type { K8sGroupVersionKind, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { CheClusterModel } from '../models/cheCluster';
import { ClusterRoleModel } from '../models/clusterRole';
import { ClusterVersionModel } from '../models/clusterVersion';
import type { ModelFacts } from '../models/common';
import { ContainerRuntimeConfigModel } from '../models/containerRuntimeConfig';
import {
  CHECLUSTER_CRD_NAME,
  CustomResourceDefinitionModel,
} from '../models/customResourceDefinition';
import { DevWorkspaceModel } from '../models/devWorkspace';
import { DevWorkspaceOperatorConfigModel, DWOC_NAME } from '../models/devWorkspaceOperatorConfig';
import { FeatureGateModel } from '../models/featureGate';
import { PodModel, WORKSPACE_ID_LABEL } from '../models/pod';
import { SecurityContextConstraintsModel } from '../models/securityContextConstraints';

/** The SDK's GVK for one of our models (the core group has no `group`). */
export const gvkOf = (model: ModelFacts): K8sGroupVersionKind =>
  model.group
    ? { group: model.group, version: model.version, kind: model.kind }
    : { version: model.version, kind: model.kind };

export type PrimaryKey =
  | 'clusterVersion'
  | 'featureGate'
  | 'containerRuntimeConfigs'
  | 'cheClusters'
  | 'cheClusterCrd'
  | 'devWorkspaces'
  | 'workspacePods';

/** Watches that do not depend on anything else. None polls: they are API watches. */
export const PRIMARY_WATCHES: Readonly<Record<PrimaryKey, WatchK8sResource>> = {
  clusterVersion: { groupVersionKind: gvkOf(ClusterVersionModel), name: 'version' },
  featureGate: { groupVersionKind: gvkOf(FeatureGateModel), name: 'cluster' },
  containerRuntimeConfigs: { groupVersionKind: gvkOf(ContainerRuntimeConfigModel), isList: true },
  // No namespace: every namespace.
  cheClusters: { groupVersionKind: gvkOf(CheClusterModel), isList: true },
  cheClusterCrd: {
    groupVersionKind: gvkOf(CustomResourceDefinitionModel),
    name: CHECLUSTER_CRD_NAME,
  },
  devWorkspaces: { groupVersionKind: gvkOf(DevWorkspaceModel), isList: true },
  // Workspace pods only, never every pod of the cluster.
  workspacePods: {
    groupVersionKind: gvkOf(PodModel),
    isList: true,
    selector: { matchExpressions: [{ key: WORKSPACE_ID_LABEL, operator: 'Exists' }] },
  },
};

export const sccWatchKey = (name: string) => `scc/${name}`;
export const dwocWatchKey = (namespace: string) => `dwoc/${namespace}`;
export const clusterRoleWatchKey = (name: string) => `clusterrole/${name}`;

export interface SecondaryNames {
  sccs: string[];
  dwocNamespaces: string[];
  clusterRoles: string[];
}

/** Watches keyed by the names the CheClusters configure. */
export const secondaryWatches = (names: SecondaryNames): Record<string, WatchK8sResource> => {
  const watches: Record<string, WatchK8sResource> = {};
  for (const name of names.sccs)
    watches[sccWatchKey(name)] = {
      groupVersionKind: gvkOf(SecurityContextConstraintsModel),
      name,
    };
  for (const namespace of names.dwocNamespaces)
    watches[dwocWatchKey(namespace)] = {
      groupVersionKind: gvkOf(DevWorkspaceOperatorConfigModel),
      name: DWOC_NAME,
      namespace,
    };
  for (const name of names.clusterRoles)
    watches[clusterRoleWatchKey(name)] = { groupVersionKind: gvkOf(ClusterRoleModel), name };
  return watches;
};

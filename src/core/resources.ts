/**
 * The one list of what the snapshot reads: per ClusterSnapshot field, its model, how the hooks read
 * it, and whether it is one read for the cluster or one per name the CheClusters configure. The
 * access a 403 asks for (core/access.ts), the "cannot read" list and its `oc create clusterrole`
 * (utils/unreadable.ts) and the tests that every resource is served by the simulated cluster all
 * come from it; the type makes a new snapshot field without an entry fail to compile.
 */
import type { ModelFacts } from '../models/common';
import { CheClusterModel } from '../models/cheCluster';
import { ClusterRoleModel } from '../models/clusterRole';
import { ClusterRoleBindingModel } from '../models/clusterRoleBinding';
import { ClusterServiceVersionModel, DWO_CSV_NAMESPACE } from '../models/clusterServiceVersion';
import { ClusterVersionModel } from '../models/clusterVersion';
import { ContainerRuntimeConfigModel } from '../models/containerRuntimeConfig';
import {
  CHECLUSTER_CRD_NAME,
  CustomResourceDefinitionModel,
  DWOC_CRD_NAME,
} from '../models/customResourceDefinition';
import { DevWorkspaceModel } from '../models/devWorkspace';
import { DevWorkspaceOperatorConfigModel, DWOC_NAME } from '../models/devWorkspaceOperatorConfig';
import { FeatureGateModel } from '../models/featureGate';
import { MachineConfigModel } from '../models/machineConfig';
import { MachineConfigPoolModel } from '../models/machineConfigPool';
import { NamespaceModel } from '../models/namespace';
import { NodeModel } from '../models/node';
import { PodModel } from '../models/pod';
import { RoleBindingModel } from '../models/roleBinding';
import { SecurityContextConstraintsModel } from '../models/securityContextConstraints';
import type { ClusterSnapshot } from './snapshot';

export interface ResourceSpec {
  model: ModelFacts;
  /**
   * `watch`: a list watch (a single object as a list narrowed by name, hooks/watches.ts); `get`: one
   * GET (the two CRDs, hooks/useCustomResourceDefinition.ts); `table`: listed as a server-side Table
   * (the Nodes, hooks/useNodes.ts). A 403 on a watch or a table denied `list`, on a get `get`.
   */
  read: 'watch' | 'get' | 'table';
  /**
   * `cluster`: one state for the cluster; `by-name`: a record of states keyed by the object's name
   * (names the CheClusters configure, or MCO's fixed runc pins); `by-namespace`: keyed by the
   * CheCluster namespace the object lives in.
   */
  keyed: 'cluster' | 'by-name' | 'by-namespace';
  /** The object's fixed name, when there is one. */
  name?: string;
  namespace?: string;
}

/** Every ClusterSnapshot field that holds what a read returned (not the API discovery or toggles). */
export type ResourceKey = Exclude<keyof ClusterSnapshot, 'openshiftApis' | 'recentToggles'>;

export const SNAPSHOT_RESOURCES = {
  clusterVersion: { model: ClusterVersionModel, read: 'watch', keyed: 'cluster', name: 'version' },
  featureGate: { model: FeatureGateModel, read: 'watch', keyed: 'cluster', name: 'cluster' },
  containerRuntimeConfigs: { model: ContainerRuntimeConfigModel, read: 'watch', keyed: 'cluster' },
  runtimeOverrides: { model: MachineConfigModel, read: 'watch', keyed: 'by-name' },
  nodes: { model: NodeModel, read: 'table', keyed: 'cluster' },
  machineConfigPools: { model: MachineConfigPoolModel, read: 'watch', keyed: 'cluster' },
  cheClusters: { model: CheClusterModel, read: 'watch', keyed: 'cluster' },
  cheClusterCrd: {
    model: CustomResourceDefinitionModel,
    read: 'get',
    keyed: 'cluster',
    name: CHECLUSTER_CRD_NAME,
  },
  sccs: { model: SecurityContextConstraintsModel, read: 'watch', keyed: 'by-name' },
  devWorkspaceOperatorConfigs: {
    model: DevWorkspaceOperatorConfigModel,
    read: 'watch',
    keyed: 'by-namespace',
    name: DWOC_NAME,
  },
  clusterRoles: { model: ClusterRoleModel, read: 'watch', keyed: 'by-name' },
  clusterRoleBindings: { model: ClusterRoleBindingModel, read: 'watch', keyed: 'by-name' },
  userRoleBindings: { model: RoleBindingModel, read: 'watch', keyed: 'by-name' },
  userNamespaces: { model: NamespaceModel, read: 'watch', keyed: 'cluster' },
  devWorkspaceOperatorConfigCrd: {
    model: CustomResourceDefinitionModel,
    read: 'get',
    keyed: 'cluster',
    name: DWOC_CRD_NAME,
  },
  devWorkspaceOperatorCsvs: {
    model: ClusterServiceVersionModel,
    read: 'watch',
    keyed: 'cluster',
    namespace: DWO_CSV_NAMESPACE,
  },
  devWorkspaceControllerPods: { model: PodModel, read: 'watch', keyed: 'cluster' },
  devWorkspaces: { model: DevWorkspaceModel, read: 'watch', keyed: 'cluster' },
  workspacePods: { model: PodModel, read: 'watch', keyed: 'cluster' },
} as const satisfies Record<ResourceKey, ResourceSpec>;

export const RESOURCE_ENTRIES = Object.entries(SNAPSHOT_RESOURCES) as [ResourceKey, ResourceSpec][];

/** `plural.group` as RBAC rules and `oc create clusterrole --resource` take it. */
export const qualifiedResourceOf = (m: ModelFacts): string =>
  m.group ? `${m.plural}.${m.group}` : m.plural;

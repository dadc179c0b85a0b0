/** ObjectRefs for the objects results point at. */
import { CheClusterModel } from '../models/cheCluster';
import { ClusterRoleModel } from '../models/clusterRole';
import { ClusterRoleBindingModel } from '../models/clusterRoleBinding';
import { RoleBindingModel } from '../models/roleBinding';
import { ClusterVersionModel } from '../models/clusterVersion';
import type { GroupVersionKind } from '../models/common';
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
import { SecurityContextConstraintsModel } from '../models/securityContextConstraints';
import type { ObjectRef } from './results';

const ref = (m: GroupVersionKind, name: string, namespace?: string): ObjectRef => ({
  group: m.group,
  version: m.version,
  kind: m.kind,
  name,
  ...(namespace !== undefined ? { namespace } : {}),
});

export const clusterVersionRef = (): ObjectRef => ref(ClusterVersionModel, 'version');
export const featureGateRef = (): ObjectRef => ref(FeatureGateModel, 'cluster');
export const crcRef = (name: string): ObjectRef => ref(ContainerRuntimeConfigModel, name);
export const machineConfigRef = (name: string): ObjectRef => ref(MachineConfigModel, name);
export const machineConfigPoolRef = (name: string): ObjectRef => ref(MachineConfigPoolModel, name);
export const cheClusterRef = (namespace: string, name: string): ObjectRef =>
  ref(CheClusterModel, name, namespace);
export const cheClusterCrdRef = (): ObjectRef =>
  ref(CustomResourceDefinitionModel, CHECLUSTER_CRD_NAME);
export const sccRef = (name: string): ObjectRef => ref(SecurityContextConstraintsModel, name);
export const clusterRoleRef = (name: string): ObjectRef => ref(ClusterRoleModel, name);
export const clusterRoleBindingRef = (name: string): ObjectRef =>
  ref(ClusterRoleBindingModel, name);
/** RoleBindings of that name across namespaces. */
export const roleBindingsRef = (name: string): ObjectRef => ref(RoleBindingModel, name);
export const dwocRef = (namespace: string): ObjectRef =>
  ref(DevWorkspaceOperatorConfigModel, DWOC_NAME, namespace);
export const devWorkspacesRef = (): ObjectRef => ref(DevWorkspaceModel, '');
export const dwocCrdRef = (): ObjectRef => ref(CustomResourceDefinitionModel, DWOC_CRD_NAME);

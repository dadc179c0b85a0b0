/**
 * The access that would let a viewer read what a check needs: the verb, the resource and its API
 * group, as `oc auth can-i` and an RBAC rule name them. A `forbidden` result carries them, so
 * "cannot tell" says who can tell (a cluster administrator, or a grant of exactly this).
 */
import type { ModelFacts } from '../models/common';
import { CheClusterModel } from '../models/cheCluster';
import { ClusterRoleModel } from '../models/clusterRole';
import { ClusterRoleBindingModel } from '../models/clusterRoleBinding';
import { ClusterServiceVersionModel } from '../models/clusterServiceVersion';
import { ClusterVersionModel } from '../models/clusterVersion';
import { ContainerRuntimeConfigModel } from '../models/containerRuntimeConfig';
import { CustomResourceDefinitionModel } from '../models/customResourceDefinition';
import { DevWorkspaceModel } from '../models/devWorkspace';
import { DevWorkspaceOperatorConfigModel } from '../models/devWorkspaceOperatorConfig';
import { FeatureGateModel } from '../models/featureGate';
import { MachineConfigModel } from '../models/machineConfig';
import { NamespaceModel } from '../models/namespace';
import { PodModel } from '../models/pod';
import { RoleBindingModel } from '../models/roleBinding';
import { SecurityContextConstraintsModel } from '../models/securityContextConstraints';

export interface Access {
  verb: string;
  resource: string;
  /** The API group; '' is the core group. */
  group: string;
}

const MODELS: readonly ModelFacts[] = [
  CheClusterModel,
  ClusterRoleModel,
  ClusterRoleBindingModel,
  ClusterServiceVersionModel,
  ClusterVersionModel,
  ContainerRuntimeConfigModel,
  CustomResourceDefinitionModel,
  DevWorkspaceModel,
  DevWorkspaceOperatorConfigModel,
  FeatureGateModel,
  MachineConfigModel,
  NamespaceModel,
  PodModel,
  RoleBindingModel,
  SecurityContextConstraintsModel,
];

const GROUPS = new Map(MODELS.map((m) => [m.plural, m.group]));

/**
 * Every object is watched as a list (single objects as a list narrowed by name), so `list` is
 * what a 403 denied; the two CRDs alone are read with one GET each.
 */
const GET_ONLY = new Set([CustomResourceDefinitionModel.plural]);

/** The access to read `resource` (a plural); unknown plurals keep an empty group. */
export const readAccess = (resource: string): Access => ({
  verb: GET_ONLY.has(resource) ? 'get' : 'list',
  resource,
  group: GROUPS.get(resource) ?? '',
});

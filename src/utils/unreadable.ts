/**
 * Which resources the user may not read, and the RBAC that would let them. Pure, so the empty
 * state and the notice say the same thing.
 */
import type { ClusterSnapshot, ResourceState } from '../core/snapshot';
import { CheClusterModel } from '../models/cheCluster';
import { ClusterRoleModel } from '../models/clusterRole';
import { ClusterRoleBindingModel } from '../models/clusterRoleBinding';
import { NamespaceModel } from '../models/namespace';
import { RoleBindingModel } from '../models/roleBinding';
import { ClusterVersionModel } from '../models/clusterVersion';
import type { ModelFacts } from '../models/common';
import { ContainerRuntimeConfigModel } from '../models/containerRuntimeConfig';
import {
  CHECLUSTER_CRD_NAME,
  CustomResourceDefinitionModel,
} from '../models/customResourceDefinition';
import { DevWorkspaceModel } from '../models/devWorkspace';
import { DevWorkspaceOperatorConfigModel, DWOC_NAME } from '../models/devWorkspaceOperatorConfig';
import { DWOC_CRD_NAME } from '../models/customResourceDefinition';
import { ClusterServiceVersionModel, DWO_CSV_NAMESPACE } from '../models/clusterServiceVersion';
import { FeatureGateModel } from '../models/featureGate';
import { MachineConfigModel } from '../models/machineConfig';
import { MachineConfigPoolModel } from '../models/machineConfigPool';
import { NodeModel } from '../models/node';
import { PodModel } from '../models/pod';
import { SecurityContextConstraintsModel } from '../models/securityContextConstraints';

export interface UnreadableResource {
  kind: string;
  name?: string;
  namespace?: string;
  /** `plural.group` as `oc create clusterrole --resource` takes it. */
  resource: string;
}

const resourceOf = (m: ModelFacts) => (m.group ? `${m.plural}.${m.group}` : m.plural);

const entry = (m: ModelFacts, name?: string, namespace?: string): UnreadableResource => ({
  kind: m.kind,
  name,
  namespace,
  resource: resourceOf(m),
});

const isForbidden = (s: ResourceState<unknown> | undefined) => s?.state === 'forbidden';

export const forbiddenResources = (snapshot: ClusterSnapshot): UnreadableResource[] => {
  const out: UnreadableResource[] = [];
  if (isForbidden(snapshot.clusterVersion)) out.push(entry(ClusterVersionModel, 'version'));
  if (isForbidden(snapshot.featureGate)) out.push(entry(FeatureGateModel, 'cluster'));
  if (isForbidden(snapshot.containerRuntimeConfigs)) out.push(entry(ContainerRuntimeConfigModel));
  for (const [name, s] of Object.entries(snapshot.runtimeOverrides ?? {}))
    if (isForbidden(s)) out.push(entry(MachineConfigModel, name));
  if (isForbidden(snapshot.nodes)) out.push(entry(NodeModel));
  if (isForbidden(snapshot.machineConfigPools)) out.push(entry(MachineConfigPoolModel));
  if (isForbidden(snapshot.cheClusters)) out.push(entry(CheClusterModel));
  if (isForbidden(snapshot.cheClusterCrd))
    out.push(entry(CustomResourceDefinitionModel, CHECLUSTER_CRD_NAME));
  for (const [name, s] of Object.entries(snapshot.sccs))
    if (isForbidden(s)) out.push(entry(SecurityContextConstraintsModel, name));
  for (const [ns, s] of Object.entries(snapshot.devWorkspaceOperatorConfigs))
    if (isForbidden(s)) out.push(entry(DevWorkspaceOperatorConfigModel, DWOC_NAME, ns));
  for (const [name, s] of Object.entries(snapshot.clusterRoles))
    if (isForbidden(s)) out.push(entry(ClusterRoleModel, name));
  for (const [name, s] of Object.entries(snapshot.clusterRoleBindings ?? {}))
    if (isForbidden(s)) out.push(entry(ClusterRoleBindingModel, name));
  for (const [name, s] of Object.entries(snapshot.userRoleBindings ?? {}))
    if (isForbidden(s)) out.push(entry(RoleBindingModel, name));
  if (isForbidden(snapshot.userNamespaces)) out.push(entry(NamespaceModel));
  if (isForbidden(snapshot.devWorkspaceOperatorConfigCrd))
    out.push(entry(CustomResourceDefinitionModel, DWOC_CRD_NAME));
  if (isForbidden(snapshot.devWorkspaceOperatorCsvs))
    out.push(entry(ClusterServiceVersionModel, undefined, DWO_CSV_NAMESPACE));
  if (isForbidden(snapshot.devWorkspaceControllerPods)) out.push(entry(PodModel));
  if (isForbidden(snapshot.devWorkspaces)) out.push(entry(DevWorkspaceModel));
  if (isForbidden(snapshot.workspacePods)) out.push(entry(PodModel));
  return out;
};

export const READER_ROLE = 'devspaces-nested-containers-reader';

/** The commands a cluster administrator runs to grant read access to exactly these resources. */
export const grantReadCommands = (resources: UnreadableResource[]): string => {
  const list = [...new Set(resources.map((r) => r.resource))].join(',');
  return [
    `oc create clusterrole ${READER_ROLE} --verb=get,list,watch --resource=${list}`,
    `oc adm policy add-cluster-role-to-user ${READER_ROLE} <user>`,
  ].join('\n');
};

export type PageState =
  'loading' | 'not-openshift' | 'forbidden' | 'not-installed' | 'error' | 'ready';

/** What the screen can show before any check: the empty states come first. */
export const pageStateOf = (snapshot: ClusterSnapshot): PageState => {
  const apis = snapshot.openshiftApis;
  if (apis.state === 'loading') return 'loading';
  if (apis.state === 'loaded' && (!apis.data.config || !apis.data.security)) return 'not-openshift';
  const cc = snapshot.cheClusters;
  switch (cc.state) {
    case 'loading':
      return 'loading';
    case 'forbidden':
      return 'forbidden';
    case 'not-found':
      return 'not-installed';
    case 'error':
      return 'error';
    default:
      return cc.data.length ? 'ready' : 'not-installed';
  }
};

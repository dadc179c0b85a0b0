/**
 * The input of the readiness core: every object the plugin reads, each wrapped in the state the
 * fetch left it in. The hooks build this; the evaluator never fetches anything itself.
 */
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
import type { MachineConfig } from '../models/machineConfig';
import type { MachineConfigPool } from '../models/machineConfigPool';
import type { Node } from '../models/node';
import type { Pod } from '../models/pod';
import type { RoleBinding } from '../models/roleBinding';
import type { SecurityContextConstraints } from '../models/securityContextConstraints';

export type ResourceState<T> =
  | { state: 'loaded'; data: T }
  | { state: 'loading' }
  /** 403: the user may not read it. */
  | { state: 'forbidden'; message?: string }
  /** 404: the object does not exist, or its API group is not served. */
  | { state: 'not-found' }
  | { state: 'error'; message: string; status?: number };

export const loaded = <T>(data: T): ResourceState<T> => ({ state: 'loaded', data });
export const LOADING: ResourceState<never> = { state: 'loading' };
export const NOT_FOUND: ResourceState<never> = { state: 'not-found' };
export const forbidden = (message?: string): ResourceState<never> => ({
  state: 'forbidden',
  message,
});
export const failed = (message: string, status?: number): ResourceState<never> => ({
  state: 'error',
  message,
  status,
});

/** Which OpenShift API groups discovery reports. */
export interface OpenShiftApis {
  /** config.openshift.io (ClusterVersion, FeatureGate) */
  config: boolean;
  /** security.openshift.io (SecurityContextConstraints) */
  security: boolean;
}

/** A toggle the user made in this browser session, so the core can say "reconciling". */
export interface RecentToggle {
  namespace: string;
  name: string;
  /** The state requested: true = nested containers on. */
  enabled: boolean;
  /** Epoch milliseconds when the patch was accepted. */
  at: number;
}

export interface ClusterSnapshot {
  openshiftApis: ResourceState<OpenShiftApis>;
  clusterVersion: ResourceState<ClusterVersion>;
  featureGate: ResourceState<FeatureGate>;
  containerRuntimeConfigs: ResourceState<ContainerRuntimeConfig[]>;
  /** MCO's generated runc pins (`00-override-<pool>-generated-crio-default-container-runtime`), by name. */
  runtimeOverrides: Record<string, ResourceState<MachineConfig>>;
  /** Every Node, as labels and kubelet version only (read as a server-side Table: hooks/useNodes.ts). */
  nodes: ResourceState<Node[]>;
  /** not-found on hosted control planes, which serve no machineconfiguration API. */
  machineConfigPools: ResourceState<MachineConfigPool[]>;
  cheClusters: ResourceState<CheCluster[]>;
  cheClusterCrd: ResourceState<CustomResourceDefinition>;
  /** The run SCC each CheCluster configures, keyed by SCC name. */
  sccs: Record<string, ResourceState<SecurityContextConstraints>>;
  /** `devworkspace-config` keyed by the CheCluster namespace. */
  devWorkspaceOperatorConfigs: Record<string, ResourceState<DevWorkspaceOperatorConfig>>;
  /** `<flavor>-user-container-run` and `dev-workspace-container-run` ClusterRoles keyed by name. */
  clusterRoles: Record<string, ResourceState<ClusterRole>>;
  /** `dev-workspace-container-run` ClusterRoleBinding keyed by name. */
  clusterRoleBindings: Record<string, ResourceState<ClusterRoleBinding>>;
  /** RoleBindings named `<flavor>-user-container-run`, in every namespace, keyed by that name. */
  userRoleBindings: Record<string, ResourceState<RoleBinding[]>>;
  /** Namespaces labelled as Dev Spaces user namespaces (USER_NAMESPACE_LABELS). */
  userNamespaces: ResourceState<Namespace[]>;
  /** DevWorkspace controller pods (DWO_CONTROLLER_LABELS): their namespace is the DWO namespace. */
  devWorkspaceControllerPods: ResourceState<Pod[]>;
  devWorkspaces: ResourceState<DevWorkspace[]>;
  /** Only pods carrying the `controller.devfile.io/devworkspace_id` label. */
  workspacePods: ResourceState<Pod[]>;
  recentToggles?: RecentToggle[];
  /** The DevWorkspaceOperatorConfig CRD: whether the installed DWO knows config.workspace.hostUsers. */
  devWorkspaceOperatorConfigCrd: ResourceState<CustomResourceDefinition>;
  /** ClusterServiceVersions in openshift-operators (OLM); the DWO one carries its version. */
  devWorkspaceOperatorCsvs: ResourceState<ClusterServiceVersion[]>;
}

export interface EvaluateOptions {
  /** Epoch milliseconds: the core's only clock, so the same snapshot always gives the same report. */
  now: number;
  /** How long after a toggle a mismatch is "reconciling" rather than a failure. */
  reconcileWindowMs?: number;
}

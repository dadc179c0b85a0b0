import type { K8sObject, ModelFacts } from './common';

export const CheClusterModel: ModelFacts = {
  group: 'org.eclipse.che',
  version: 'v2',
  kind: 'CheCluster',
  plural: 'checlusters',
  namespaced: true,
};

export interface ContainerSecurityContext {
  procMount?: string;
  allowPrivilegeEscalation?: boolean;
  capabilities?: { add?: string[]; drop?: string[] };
}

export interface CheClusterDevEnvironments {
  /** Negative switch: `false` turns nested containers ON; absent means the CRD default `true` (off). */
  disableContainerRunCapabilities?: boolean;
  containerRunConfiguration?: {
    openShiftSecurityContextConstraint?: string;
    containerSecurityContext?: ContainerSecurityContext;
    workspacesPodAnnotations?: Record<string, string>;
  };
  disableContainerBuildCapabilities?: boolean;
  containerBuildConfiguration?: { openShiftSecurityContextConstraint?: string };
  security?: { podSecurityContext?: { runAsUser?: number; runAsGroup?: number; fsGroup?: number } };
  /** Components for workspaces whose devfile has none; operator default: the UDI ubi9-latest. */
  defaultComponents?: { name?: string; container?: { image?: string; command?: string[] } }[];
  imagePullPolicy?: string;
  /** RuntimeClass every workspace pod gets (che-operator sets pod.spec.runtimeClassName). */
  runtimeClassName?: string;
  /**
   * Where workspace pods may run: che-operator copies it to every user namespace as the annotation
   * `controller.devfile.io/node-selector`, which DWO puts on the workspace pods.
   */
  nodeSelector?: Record<string, string>;
}

export interface CheCluster extends K8sObject {
  spec?: { devEnvironments?: CheClusterDevEnvironments };
  status?: {
    /** Active, Inactive, PendingDeletion, RollingUpdate, or a newer operator's value. */
    chePhase?: string;
    cheVersion?: string;
    cheURL?: string;
    message?: string;
    reason?: string;
  };
}

/** Defaults from the CheCluster CRD (org.eclipse.che_checlusters.yaml). */
export const DEFAULT_RUN_SCC = 'container-run';
export const CRIO_DEVICES_ANNOTATION = 'io.kubernetes.cri-o.Devices';
export const CRIO_DEVICES_VALUE = '/dev/fuse,/dev/net/tun';
/** CRD default of containerRunConfiguration.containerSecurityContext (CHOWN since che-operator 7.116). */
export const DEFAULT_RUN_SECURITY_CONTEXT = {
  procMount: 'Unmasked',
  allowPrivilegeEscalation: true,
  capabilities: { add: ['SETGID', 'SETUID', 'CHOWN'] },
} as const;

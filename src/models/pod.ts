import type { K8sObject, ModelFacts } from './common';

export const PodModel: ModelFacts = {
  group: '',
  version: 'v1',
  kind: 'Pod',
  plural: 'pods',
  namespaced: true,
};

export interface PodSecurityContext {
  runAsUser?: number;
  runAsNonRoot?: boolean;
}

/** The pod-level fields only (the DWOC's podSecurityContext). */
export interface PodLevelSecurityContext extends PodSecurityContext {
  runAsGroup?: number;
  fsGroup?: number;
  supplementalGroups?: number[];
}

export interface ContainerSecurity extends PodSecurityContext {
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
  procMount?: string;
  capabilities?: { add?: string[]; drop?: string[] };
}

export interface EnvVar {
  name: string;
  value?: string;
}

export interface ResourceRequirements {
  limits?: Record<string, string>;
  requests?: Record<string, string>;
}

export interface Container {
  name?: string;
  image?: string;
  imagePullPolicy?: string;
  command?: string[];
  args?: string[];
  env?: EnvVar[];
  resources?: ResourceRequirements;
  securityContext?: ContainerSecurity;
}

export interface PodCondition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

export interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { exitCode?: number; reason?: string; message?: string; startedAt?: string };
}

export interface ContainerStatus {
  name?: string;
  image?: string;
  imageID?: string;
  started?: boolean;
  state?: ContainerState;
}

export interface Pod extends K8sObject {
  spec?: {
    hostUsers?: boolean;
    serviceAccountName?: string;
    securityContext?: PodLevelSecurityContext;
    containers?: Container[];
    initContainers?: Container[];
    restartPolicy?: string;
    activeDeadlineSeconds?: number;
    automountServiceAccountToken?: boolean;
    nodeName?: string;
  };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    conditions?: PodCondition[];
    containerStatuses?: ContainerStatus[];
  };
}

/** Label the DevWorkspace controller puts on every workspace pod. */
export const WORKSPACE_ID_LABEL = 'controller.devfile.io/devworkspace_id';
/** Annotation SCC admission writes with the SCC it chose. */
export const SCC_ANNOTATION = 'openshift.io/scc';

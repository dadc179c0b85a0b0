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

export interface ContainerSecurity extends PodSecurityContext {
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
  procMount?: string;
  capabilities?: { add?: string[]; drop?: string[] };
}

export interface EnvVar {
  name?: string;
  value?: string;
}

export interface Container {
  name?: string;
  image?: string;
  command?: string[];
  imagePullPolicy?: string;
  env?: EnvVar[];
  securityContext?: ContainerSecurity;
}

export interface Pod extends K8sObject {
  spec?: {
    hostUsers?: boolean;
    securityContext?: PodSecurityContext;
    containers?: Container[];
    initContainers?: Container[];
  };
  status?: {
    phase?: string;
    containerStatuses?: { name?: string; image?: string; imageID?: string }[];
  };
}

/** Label the DevWorkspace controller puts on every workspace pod. */
export const WORKSPACE_ID_LABEL = 'controller.devfile.io/devworkspace_id';
/** Annotation SCC admission writes with the SCC it chose. */
export const SCC_ANNOTATION = 'openshift.io/scc';

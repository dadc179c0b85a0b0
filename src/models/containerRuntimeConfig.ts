import type { K8sObject, ModelFacts } from './common';

export const ContainerRuntimeConfigModel: ModelFacts = {
  group: 'machineconfiguration.openshift.io',
  version: 'v1',
  kind: 'ContainerRuntimeConfig',
  plural: 'containerruntimeconfigs',
  namespaced: false,
};

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export interface ContainerRuntimeConfig extends K8sObject {
  spec?: {
    machineConfigPoolSelector?: LabelSelector;
    /** 'crun' (default from 4.18) or 'runc'. */
    containerRuntimeConfig?: { defaultRuntime?: string };
  };
}

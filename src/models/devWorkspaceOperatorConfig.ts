import type { ContainerSecurityContext } from './cheCluster';
import type { K8sObject, ModelFacts } from './common';

export const DevWorkspaceOperatorConfigModel: ModelFacts = {
  group: 'controller.devfile.io',
  version: 'v1alpha1',
  kind: 'DevWorkspaceOperatorConfig',
  plural: 'devworkspaceoperatorconfigs',
  namespaced: true,
};

export interface DevWorkspaceOperatorConfig extends K8sObject {
  config?: {
    workspace?: {
      hostUsers?: boolean | null;
      containerSecurityContext?: ContainerSecurityContext;
      podAnnotations?: Record<string, string>;
    };
  };
}

/** The DWOC che-operator writes into the CheCluster namespace. */
export const DWOC_NAME = 'devworkspace-config';

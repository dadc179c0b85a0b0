import type { K8sObject, ModelFacts } from './common';

export const ClusterRoleModel: ModelFacts = {
  group: 'rbac.authorization.k8s.io',
  version: 'v1',
  kind: 'ClusterRole',
  plural: 'clusterroles',
  namespaced: false,
};

export interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  verbs?: string[];
}

export interface ClusterRole extends K8sObject {
  rules?: PolicyRule[];
}

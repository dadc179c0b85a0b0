import type { K8sObject, ModelFacts } from './common';

export const RoleBindingModel: ModelFacts = {
  group: 'rbac.authorization.k8s.io',
  version: 'v1',
  kind: 'RoleBinding',
  plural: 'rolebindings',
  namespaced: true,
};

export interface RoleRef {
  apiGroup?: string;
  kind?: string;
  name?: string;
}

export interface Subject {
  apiGroup?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

export interface RoleBinding extends K8sObject {
  roleRef?: RoleRef;
  subjects?: Subject[];
}

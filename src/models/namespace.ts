import type { K8sObject, ModelFacts } from './common';

export const NamespaceModel: ModelFacts = {
  group: '',
  version: 'v1',
  kind: 'Namespace',
  plural: 'namespaces',
  namespaced: false,
};

export type Namespace = K8sObject;

/**
 * How che-operator's namespace cache recognises a user namespace (controllers/namespacecache):
 * part-of che.eclipse.org and component workspaces-namespace (or the legacy owner-uid label, which
 * one label selector cannot also match), and whose user the username annotation names.
 */
export const USER_NAMESPACE_LABELS = {
  'app.kubernetes.io/part-of': 'che.eclipse.org',
  'app.kubernetes.io/component': 'workspaces-namespace',
} as const;
export const USERNAME_ANNOTATION = 'che.eclipse.org/username';

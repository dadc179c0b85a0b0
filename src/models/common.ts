/** Shapes shared by every Kubernetes object the plugin reads. Kept independent of the SDK's runtime. */
export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface K8sObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}

/** The plural/scope facts the console needs to build a URL for a model. */
export interface ModelFacts extends GroupVersionKind {
  plural: string;
  namespaced: boolean;
}

/** The console SDK's groupVersionKind for a model: the core group has no `group` key at all. */
export const gvkOf = (
  model: GroupVersionKind,
): { group?: string; version: string; kind: string } =>
  model.group
    ? { group: model.group, version: model.version, kind: model.kind }
    : { version: model.version, kind: model.kind };

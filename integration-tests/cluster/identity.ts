/**
 * Who the requests come from, and the OpenShift views that depend on it:
 * - `authentication.k8s.io/v1` SelfSubjectReview (POST selfsubjectreviews, 201): the console
 *   4.20+ takes the user name from it (through the backend's GraphQL `selfSubjectReview`);
 * - `user.openshift.io/v1` `users/~`;
 * - `project.openshift.io/v1` projects: each Namespace seen as a Project (list, get, watch), as
 *   openshift-apiserver serves them. Every namespace is listed: the scenario's deny rules have no
 *   per-namespace visibility (a real cluster lists only the projects the user may see).
 */
import type { ClusterState } from './cluster';
import type { ResourceInfo } from './resources';
import { methodNotAllowed, notFound } from './status';
import type { K8sObjectLike } from './types';

const DEFAULT_USER = { name: 'kube:admin', groups: ['system:cluster-admins'] };

export const userOf = (state: ClusterState): { name: string; groups: string[] } => {
  const user = state.scenario.header.user ?? DEFAULT_USER;
  const groups = user.groups ?? [];
  return {
    name: user.name,
    groups: groups.includes('system:authenticated') ? groups : [...groups, 'system:authenticated'],
  };
};

export const currentUser = (state: ClusterState) => {
  const user = userOf(state);
  return {
    kind: 'User',
    apiVersion: 'user.openshift.io/v1',
    metadata: { name: user.name },
    groups: user.groups,
  };
};

export const selfSubjectReview = (state: ClusterState) => {
  const user = userOf(state);
  return {
    kind: 'SelfSubjectReview',
    apiVersion: 'authentication.k8s.io/v1',
    metadata: { creationTimestamp: null },
    status: { userInfo: { username: user.name, groups: user.groups } },
  };
};

export const namespacesResource = (state: ClusterState): ResourceInfo => {
  const info = state.lookup('', 'v1', 'namespaces');
  if (!info) throw new Error('namespaces are always served');
  return info;
};

const PROJECT: Pick<ResourceInfo, 'group' | 'plural'> = {
  group: 'project.openshift.io',
  plural: 'projects',
};

export const projectOf = (ns: K8sObjectLike): K8sObjectLike => ({
  kind: 'Project',
  apiVersion: 'project.openshift.io/v1',
  metadata: ns.metadata,
  spec: { finalizers: ['kubernetes'] },
  status: { phase: 'Active' },
});

/** get and list of projects (watch is served by the router over the namespaces' events). */
export const projects = (state: ClusterState, verb: string, name?: string) => {
  const info = namespacesResource(state);
  if (verb === 'get') {
    const ns = state.store.get(info, undefined, name ?? '');
    if (!ns) throw notFound(PROJECT, name ?? '');
    return projectOf(ns);
  }
  if (verb !== 'list') throw methodNotAllowed();
  return {
    kind: 'ProjectList',
    apiVersion: 'project.openshift.io/v1',
    metadata: { resourceVersion: String(state.store.resourceVersion) },
    items: state.store.list(info).map(projectOf),
  };
};

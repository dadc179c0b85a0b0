/** Discovery documents (/api, /apis, /apis/<group>, /apis/<group>/<version>) for the served groups. */
import { RESOURCE_ENTRIES } from '../../src/core/resources';
import type { ClusterState } from './cluster';

interface GroupVersion {
  groupVersion: string;
  version: string;
}

function groupVersions(state: ClusterState): Map<string, GroupVersion[]> {
  const out = new Map<string, GroupVersion[]>();
  for (const r of state.servedResources()) {
    if (!r.group) continue;
    const list = out.get(r.group) ?? [];
    if (!list.some((v) => v.version === r.version))
      list.push({ groupVersion: `${r.group}/${r.version}`, version: r.version });
    out.set(r.group, list);
  }
  return out;
}

export const apiVersions = () => ({
  kind: 'APIVersions',
  versions: ['v1'],
  serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }],
});

const apiGroup = (name: string, versions: GroupVersion[]) => ({
  name,
  versions,
  preferredVersion: versions[0],
});

export const apiGroupList = (state: ClusterState) => ({
  kind: 'APIGroupList',
  apiVersion: 'v1',
  groups: [...groupVersions(state).entries()].map(([name, versions]) => apiGroup(name, versions)),
});

export function apiGroupDoc(state: ClusterState, group: string) {
  const versions = groupVersions(state).get(group);
  return versions
    ? { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(group, versions) }
    : undefined;
}

export function apiResourceList(state: ClusterState, group: string, version: string) {
  const resources = state
    .servedResources()
    .filter((r) => r.group === group && r.version === version);
  if (resources.length === 0) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: resources.map((r) => ({
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs,
      ...(r.shortNames ? { shortNames: r.shortNames } : {}),
    })),
  };
}

/**
 * Discovery paths (`/api`, `/api/v1`, `/apis`, `/apis/<group>`, `/apis/<group>/<version>`): open to
 * every authenticated user (the system:discovery role), so a cluster that refuses a user everything
 * else still answers them.
 */
export const isDiscoveryPath = (path: string): boolean =>
  /^\/(api(\/v1)?|apis(\/[^/?]+){0,2})$/.test(path);

/** The API groups of an OpenShift cluster with Dev Spaces that the plugin reads: its models'. */
const OPENSHIFT_DEVSPACES_GROUPS: [string, string][] = [
  ...new Map(
    RESOURCE_ENTRIES.filter(([, spec]) => spec.model.group).map(([, { model }]) => [
      `${model.group}/${model.version}`,
      [model.group, model.version] as [string, string],
    ]),
  ).values(),
];

/**
 * What a refusing stand-in answers on discovery: discovery is open to all, so the groups an
 * OpenShift cluster with Dev Spaces serves, and no resources.
 */
export const refusedDiscovery = (path: string) =>
  path === '/apis'
    ? {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: OPENSHIFT_DEVSPACES_GROUPS.map(([name, version]) =>
          apiGroup(name, [{ groupVersion: `${name}/${version}`, version }]),
        ),
      }
    : { kind: 'APIResourceList', apiVersion: 'v1', resources: [] };

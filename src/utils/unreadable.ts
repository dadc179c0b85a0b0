/**
 * Which resources the user may not read, and the RBAC that would let them. Pure, so the empty
 * state and the notice say the same thing.
 */
import type { ClusterSnapshot, ResourceState } from '../core/snapshot';
import { RESOURCE_ENTRIES, qualifiedResourceOf, type ResourceSpec } from '../core/resources';

export interface UnreadableResource {
  kind: string;
  name?: string;
  namespace?: string;
  /** `plural.group` as `oc create clusterrole --resource` takes it. */
  resource: string;
}

const isForbidden = (s: unknown) =>
  (s as ResourceState<unknown> | undefined)?.state === 'forbidden';

const entry = (spec: ResourceSpec, name?: string, namespace?: string): UnreadableResource => ({
  kind: spec.model.kind,
  name,
  namespace,
  resource: qualifiedResourceOf(spec.model),
});

/** Every read the viewer was refused, in the resource table's order (core/resources.ts). */
export const forbiddenResources = (snapshot: ClusterSnapshot): UnreadableResource[] => {
  const out: UnreadableResource[] = [];
  for (const [key, spec] of RESOURCE_ENTRIES) {
    const state: unknown = snapshot[key];
    if (spec.keyed === 'cluster') {
      if (isForbidden(state)) out.push(entry(spec, spec.name, spec.namespace));
      continue;
    }
    for (const [k, s] of Object.entries((state ?? {}) as Record<string, unknown>))
      if (isForbidden(s))
        out.push(spec.keyed === 'by-name' ? entry(spec, k) : entry(spec, spec.name, k));
  }
  return out;
};

export const READER_ROLE = 'devspaces-nested-containers-reader';

/** The commands a cluster administrator runs to grant read access to exactly these resources. */
export const grantReadCommands = (resources: UnreadableResource[]): string => {
  const list = [...new Set(resources.map((r) => r.resource))].join(',');
  return [
    `oc create clusterrole ${READER_ROLE} --verb=get,list,watch --resource=${list}`,
    `oc adm policy add-cluster-role-to-user ${READER_ROLE} <user>`,
  ].join('\n');
};

export type PageState =
  'loading' | 'not-openshift' | 'forbidden' | 'not-installed' | 'error' | 'ready';

/** What the screen can show before any check: the empty states come first. */
export const pageStateOf = (snapshot: ClusterSnapshot): PageState => {
  const apis = snapshot.openshiftApis;
  if (apis.state === 'loading') return 'loading';
  if (apis.state === 'loaded' && (!apis.data.config || !apis.data.security)) return 'not-openshift';
  const cc = snapshot.cheClusters;
  switch (cc.state) {
    case 'loading':
      return 'loading';
    case 'forbidden':
      return 'forbidden';
    case 'not-found':
      return 'not-installed';
    case 'error':
      return 'error';
    default:
      return cc.data.length ? 'ready' : 'not-installed';
  }
};

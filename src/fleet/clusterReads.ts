/**
 * One-shot reads of one cluster's API, shaped as the console's hooks would hold them: a watch's
 * list as one GET (same namespace, names and selectors), a named object, discovery, the Node
 * table. The fleet's rows (readCluster.ts) read everything this way; the drill-down
 * (useManagedClusterReads.ts) reads this way what ACM's SDK cannot watch from this hub.
 */
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { RESOURCE_ENTRIES } from '../core/resources';
import type { OpenShiftApis, ResourceState } from '../core/snapshot';
import type { ModelFacts } from '../models/common';
import { TABLE_ACCEPT, type Node } from '../models/node';
import type { WatchResult } from '../hooks/watchResults';
import { isNamedObject, stateFromLoadError } from '../utils/loadError';
import { nodePageOf } from '../utils/nodeTable';
import { apiPath, selectorToString } from './apiPath';

/** A GET on the cluster's API (`/api/v1/…`, `/apis/…`); rejects as the console's fetch does. */
export type ClusterGet = (path: string, accept?: string) => Promise<unknown>;

const MODELS = RESOURCE_ENTRIES.map(([, spec]) => spec.model);
const modelOf = (w: WatchK8sResource): ModelFacts => {
  const gvk = w.groupVersionKind;
  const model = MODELS.find(
    (m) => m.kind === gvk?.kind && m.version === gvk.version && m.group === (gvk.group ?? ''),
  );
  if (!model) throw new Error(`No model for ${JSON.stringify(gvk)}`);
  return model;
};

/** The watch's list, as one GET: same namespace, names and selectors. */
export const listPathOf = (w: WatchK8sResource): string =>
  apiPath(modelOf(w), {
    namespace: w.namespace,
    query: {
      fieldSelector: w.fieldSelector,
      labelSelector: w.selector ? selectorToString(w.selector) : undefined,
    },
  });

const itemsOf = (body: unknown): unknown[] | undefined => {
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : undefined;
};

/** What useK8sWatchResources would hold once the list is in, or the error it would carry. */
export const readList = async (get: ClusterGet, w: WatchK8sResource): Promise<WatchResult> => {
  try {
    const items = itemsOf(await get(listPathOf(w)));
    if (!items) throw new Error(`The answer to ${listPathOf(w)} is not a list`);
    return { data: items, loaded: true, loadError: undefined };
  } catch (loadError) {
    return { data: undefined, loaded: false, loadError: loadError ?? 'request failed' };
  }
};

export const readObject = async <T>(get: ClusterGet, path: string): Promise<ResourceState<T>> => {
  try {
    const body = await get(path);
    return isNamedObject<T>(body) ? { state: 'loaded', data: body } : { state: 'not-found' };
  } catch (err) {
    return stateFromLoadError(err);
  }
};

export const crdPath = (name: string) =>
  `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`;

/** One entry of an APIGroupList (`GET /apis`). */
interface ServedGroup {
  name?: unknown;
  versions?: { version?: unknown }[];
}

/** What one discovery read says: the groups the core asks about, and whether a group is served. */
export interface Discovery {
  apis: OpenShiftApis;
  serves: (group: string, version: string) => boolean;
}

/**
 * One discovery read: `GET /apis` lists every served group and version (readable by every
 * authenticated user, system:discovery), where a GET per group would be one request each.
 */
export const readDiscovery = async (get: ClusterGet): Promise<Discovery> => {
  const groups = (await get('/apis')) as { groups?: unknown } | null;
  if (!Array.isArray(groups?.groups)) throw new Error('The answer to /apis is not an APIGroupList');
  const list = groups.groups as ServedGroup[];
  const serves = (name: string, version: string) =>
    list.some(
      (g) =>
        g?.name === name &&
        Array.isArray(g.versions) &&
        g.versions.some((v) => v?.version === version),
    );
  return {
    apis: {
      config: serves('config.openshift.io', 'v1'),
      security: serves('security.openshift.io', 'v1'),
    },
    serves,
  };
};

export const readOpenShiftApis = async (get: ClusterGet): Promise<OpenShiftApis> =>
  (await readDiscovery(get)).apis;

/**
 * A get that answers a path of a group/version discovery does not list with the 404 the API
 * server would give (a path under no served group is not found), without asking: a cluster
 * without Dev Spaces or DWO is not asked for their lists.
 */
export const servedOnly =
  (get: ClusterGet, discovery: Discovery): ClusterGet =>
  (path, accept) => {
    const gv = /^\/apis\/([^/?]+)\/([^/?]+)/.exec(path);
    return gv && !discovery.serves(gv[1] ?? '', gv[2] ?? '')
      ? Promise.reject(
          Object.assign(new Error(`${gv[1]}/${gv[2]} is not served (API discovery)`), {
            status: 404,
          }),
        )
      : get(path, accept);
  };

const NODE_PAGE = 500;
export const readNodes = async (get: ClusterGet): Promise<ResourceState<Node[]>> => {
  const nodes: Node[] = [];
  let next: string | undefined;
  try {
    do {
      const query = { includeObject: 'Metadata', limit: String(NODE_PAGE), continue: next };
      const page = nodePageOf(await get(apiPath(NODE_MODEL, { query }), TABLE_ACCEPT));
      if (!page) throw new Error('The node list answer is neither a Table nor a NodeList');
      nodes.push(...page.nodes);
      next = page.continueToken;
    } while (next);
    return { state: 'loaded', data: nodes };
  } catch (err) {
    return stateFromLoadError(err);
  }
};
const NODE_MODEL = RESOURCE_ENTRIES.find(([key]) => key === 'nodes')?.[1].model as ModelFacts;

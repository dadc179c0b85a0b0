/**
 * One managed cluster read once, for its fleet row: the same objects the single-cluster page
 * watches (hooks/watches.ts, the Node table of useNodes.ts, the two CRDs), each as one GET, turned
 * into the same snapshot (snapshotFromWatches) and evaluated by the same core. No watch: a fleet of
 * hundreds would otherwise hold thousands of sockets open. The caller's `get` goes through the
 * cluster proxy (fleetApi.ts) and decides how many requests are in flight.
 */
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { carriesSwitch, evaluate, namesFor } from '../core';
import type { ClusterRead } from '../core/fleet/fleetRow';
import { RESOURCE_ENTRIES } from '../core/resources';
import type { OpenShiftApis, ResourceState } from '../core/snapshot';
import type { CheCluster } from '../models/cheCluster';
import type { ModelFacts } from '../models/common';
import { CHECLUSTER_CRD_NAME, DWOC_CRD_NAME } from '../models/customResourceDefinition';
import type { CustomResourceDefinition } from '../models/customResourceDefinition';
import { TABLE_ACCEPT, type Node } from '../models/node';
import { snapshotFromWatches } from '../hooks/snapshotFromWatches';
import { asList, type WatchResult, type WatchResults } from '../hooks/watchResults';
import { PRIMARY_WATCHES, secondaryWatches } from '../hooks/watches';
import { httpStatusOf, isNamedObject, stateFromLoadError } from '../utils/loadError';
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
const readList = async (get: ClusterGet, w: WatchK8sResource): Promise<WatchResult> => {
  try {
    const items = itemsOf(await get(listPathOf(w)));
    if (!items) throw new Error(`The answer to ${listPathOf(w)} is not a list`);
    return { data: items, loaded: true, loadError: undefined };
  } catch (loadError) {
    return { data: undefined, loaded: false, loadError: loadError ?? 'request failed' };
  }
};

const readObject = async <T>(get: ClusterGet, path: string): Promise<ResourceState<T>> => {
  try {
    const body = await get(path);
    return isNamedObject<T>(body) ? { state: 'loaded', data: body } : { state: 'not-found' };
  } catch (err) {
    return stateFromLoadError(err);
  }
};

const crdPath = (name: string) => `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`;

/** Is an API group served? Discovery is readable by every authenticated user. */
const served = async (get: ClusterGet, groupVersion: string): Promise<boolean> => {
  try {
    await get(`/apis/${groupVersion}`);
    return true;
  } catch (err) {
    if (httpStatusOf(err) === 404) return false;
    throw err;
  }
};

const NODE_PAGE = 500;
const readNodes = async (get: ClusterGet): Promise<ResourceState<Node[]>> => {
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

/** No answer at all from the cluster: the proxy's gateway errors, a timeout, a network failure. */
export const isUnreachable = (err: unknown): boolean => {
  const status = httpStatusOf(err);
  return status === undefined || status === 502 || status === 503 || status === 504;
};
const isDenied = (err: unknown): boolean => {
  const status = httpStatusOf(err);
  return status === 401 || status === 403;
};
const messageOf = (err: unknown): string =>
  err instanceof Error ? err.message : typeof err === 'string' ? err : JSON.stringify(err);

const readAll = async (get: ClusterGet, watches: Record<string, WatchK8sResource>) => {
  const entries = await Promise.all(
    Object.entries(watches).map(async ([key, w]) => [key, await readList(get, w)] as const),
  );
  return Object.fromEntries(entries) as WatchResults;
};

export const readCluster = async (get: ClusterGet, now: () => number): Promise<ClusterRead> => {
  // The first request tells an unreachable or refused cluster before twenty more are queued.
  let openshiftApis: ResourceState<OpenShiftApis>;
  try {
    const config = await served(get, 'config.openshift.io/v1');
    const security = await served(get, 'security.openshift.io/v1');
    openshiftApis = { state: 'loaded', data: { config, security } };
  } catch (err) {
    const failure = isUnreachable(err) ? 'unreachable' : isDenied(err) ? 'forbidden' : 'error';
    return {
      kind: 'failed',
      readAt: now(),
      failure,
      message: messageOf(err),
      status: httpStatusOf(err),
    };
  }

  const [primary, nodes, dwocCrd] = await Promise.all([
    readAll(get, PRIMARY_WATCHES),
    readNodes(get),
    readObject<CustomResourceDefinition>(get, crdPath(DWOC_CRD_NAME)),
  ]);
  const results = Object.values(primary);
  if (results.every((r) => r?.loadError && isDenied(r.loadError)))
    return {
      kind: 'failed',
      readAt: now(),
      failure: 'forbidden',
      message: messageOf(results[0]?.loadError),
      status: 403,
    };

  const cheClusters = asList<CheCluster>(primary.cheClusters);
  const list = cheClusters.state === 'loaded' ? cheClusters.data : [];
  const names = namesFor(list);
  // As the page: the 1 MB CheCluster CRD only when no CheCluster answers operator-support itself.
  const [secondary, cheClusterCrd] = await Promise.all([
    readAll(get, secondaryWatches(names)),
    cheClusters.state !== 'loading' && !list.some(carriesSwitch)
      ? readObject<CustomResourceDefinition>(get, crdPath(CHECLUSTER_CRD_NAME))
      : // Not read, as on the page (useCustomResourceDefinition with needed=false stays loading).
        Promise.resolve<ResourceState<CustomResourceDefinition>>({ state: 'loading' }),
  ]);

  const snapshot = snapshotFromWatches(
    {
      openshiftApis,
      primary,
      secondary,
      names,
      cheClusters,
      cheClusterCrd,
      devWorkspaceOperatorConfigCrd: dwocCrd,
      nodes,
      recentToggles: [],
    },
    (_key, state) => state,
  );
  const readAt = now();
  return { kind: 'answered', readAt, snapshot, report: evaluate(snapshot, { now: readAt }) };
};

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
import type { OpenShiftApis, ResourceState } from '../core/snapshot';
import type { CheCluster } from '../models/cheCluster';
import { CHECLUSTER_CRD_NAME, DWOC_CRD_NAME } from '../models/customResourceDefinition';
import type { CustomResourceDefinition } from '../models/customResourceDefinition';
import { snapshotFromWatches } from '../hooks/snapshotFromWatches';
import { asList, type WatchResults } from '../hooks/watchResults';
import { PRIMARY_WATCHES, secondaryWatches } from '../hooks/watches';
import { httpStatusOf } from '../utils/loadError';
import {
  crdPath,
  readList,
  readNodes,
  readObject,
  readDiscovery,
  servedOnly,
  type ClusterGet,
} from './clusterReads';

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

export const readCluster = async (
  clusterGet: ClusterGet,
  now: () => number,
): Promise<ClusterRead> => {
  // The first request (discovery) tells an unreachable or refused cluster before twenty more are
  // queued, and which groups are not served: their reads are the API server's 404 unasked.
  let openshiftApis: ResourceState<OpenShiftApis>;
  let get: ClusterGet;
  try {
    const discovery = await readDiscovery(clusterGet);
    openshiftApis = { state: 'loaded', data: discovery.apis };
    get = servedOnly(clusterGet, discovery);
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

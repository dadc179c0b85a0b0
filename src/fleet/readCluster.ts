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
import {
  asList,
  cheClusterCrdKeyOf,
  csvVersionsOf,
  type WatchResults,
} from '../hooks/watchResults';
import { MANAGED_PRIMARY_WATCHES, secondaryWatches } from '../hooks/watches';
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

/**
 * One cluster's CRDs from its last read, with the versions they were read at. As on the page
 * (hooks/useCustomResourceDefinition.ts), a CRD is read again only when those versions change (an
 * operator upgrade replaces its CRDs): a fleet's rounds would otherwise fetch the 128 KB DWOC CRD
 * of every cluster every time, most of the bytes the fleet moves.
 */
export type KeptCrds = Map<string, KeptCrd>;
interface KeptCrd {
  key: string;
  state: ResourceState<CustomResourceDefinition>;
}
export const keptCrds = (): KeptCrds => new Map<string, KeptCrd>();

const readKeptCrd = async (
  get: ClusterGet,
  kept: KeptCrds | undefined,
  name: string,
  key: string | undefined,
): Promise<ResourceState<CustomResourceDefinition>> => {
  const last = kept?.get(name);
  if (last && key !== undefined && last.key === key) return last.state;
  const state = await readObject<CustomResourceDefinition>(get, crdPath(name));
  // Only an answer is kept; a refusal or an error is asked again next round.
  if (key !== undefined && (state.state === 'loaded' || state.state === 'not-found'))
    kept?.set(name, { key, state });
  return state;
};

export const readCluster = async (
  clusterGet: ClusterGet,
  now: () => number,
  crds?: KeptCrds,
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

  const [primary, nodes] = await Promise.all([
    readAll(get, MANAGED_PRIMARY_WATCHES),
    readNodes(get),
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
  // The CRDs' keys, as the page's (useNestedContainersSnapshot.ts): the versions that install them.
  const csvVersions = csvVersionsOf(primary.devWorkspaceOperatorCsvs);
  const crd = (name: string, key: string | undefined) => readKeptCrd(get, crds, name, key);
  // As the page: the 1 MB CheCluster CRD only when no CheCluster answers operator-support itself.
  const [secondary, dwocCrd, cheClusterCrd] = await Promise.all([
    readAll(get, secondaryWatches(names)),
    crd(DWOC_CRD_NAME, csvVersions),
    cheClusters.state !== 'loading' && !list.some(carriesSwitch)
      ? crd(CHECLUSTER_CRD_NAME, cheClusterCrdKeyOf(cheClusters, csvVersions))
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

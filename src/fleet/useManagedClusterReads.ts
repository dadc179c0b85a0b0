/**
 * The drill-down's reads of one managed cluster: the single-cluster page's reads
 * (hooks/useNestedContainersSnapshot.ts), sent through ACM's multicluster SDK. The lists the page
 * watches are watched here too (useFleetK8sWatchResources with `cluster` set): the fleet opens
 * watches for the cluster being viewed only. Discovery, the two CRDs and the Node table are one-shot
 * reads through the cluster proxy, as on the page; kinds the hub has no model of are re-read every
 * POLL_MS (managedWatches.ts says why they cannot be watched).
 */
import * as React from 'react';
import { useK8sModels, type WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useFleetK8sWatchResources } from '@stolostron/multicluster-sdk/lib/api/useFleetK8sWatchResources';
import { carriesSwitch, namesFor, type SecondaryNames } from '../core';
import type { OpenShiftApis, ResourceState } from '../core/snapshot';
import type { CheCluster } from '../models/cheCluster';
import {
  CHECLUSTER_CRD_NAME,
  DWOC_CRD_NAME,
  type CustomResourceDefinition,
} from '../models/customResourceDefinition';
import type { Node } from '../models/node';
import { LastGood } from '../hooks/lastGood';
import {
  allReadsAnswered,
  type ClusterReadings,
  type ClusterReads,
} from '../hooks/useEvaluatedSnapshot';
import { asList, csvVersionsOf, poolProgressOf, type WatchResults } from '../hooks/watchResults';
import { MANAGED_PRIMARY_WATCHES, secondaryWatches } from '../hooks/watches';
import { stateFromLoadError } from '../utils/loadError';
import {
  crdPath,
  readList,
  readNodes,
  readObject,
  readOpenShiftApis,
  type ClusterGet,
} from './clusterReads';
import { clusterGetFor } from './fleetApi';
import { fleetTargetFor } from './fleetTarget';
import { hubHasModel, narrowAll, splitByHubModels } from './managedWatches';
import { useClusterRead } from './useClusterRead';

export const POLL_MS = 30_000;
const NODE_REFRESH_MS = 5 * 60_000;
const NO_CHECLUSTERS: CheCluster[] = [];
const LOADING = { state: 'loading' } as const;
/** A failed one-shot read is tried again after POLL_MS; a good answer stays. */
const retryFailed = (answer: ResourceState<unknown>) =>
  answer.state === 'error' ? POLL_MS : undefined;

const readApis = async (get: ClusterGet): Promise<ResourceState<OpenShiftApis>> => {
  try {
    return { state: 'loaded', data: await readOpenShiftApis(get) };
  } catch (err) {
    return stateFromLoadError(err);
  }
};

const readLists = async (get: ClusterGet, specs: Record<string, WatchK8sResource>) =>
  Object.fromEntries(
    await Promise.all(Object.entries(specs).map(async ([k, w]) => [k, await readList(get, w)])),
  ) as WatchResults;

/** The specs' results: watched where the hub has the model, polled where it has not. */
const useManagedWatches = (
  cluster: string,
  get: ClusterGet,
  specs: Record<string, WatchK8sResource>,
): WatchResults => {
  const [models, modelsInFlight] = useK8sModels();
  // The models object changes often; the split changes only when a kind comes or goes.
  const watchableKey = modelsInFlight
    ? undefined
    : Object.keys(specs)
        .filter((key) => hubHasModel(specs[key], models))
        .join('\n');
  const split = React.useMemo(
    () =>
      watchableKey === undefined
        ? undefined
        : splitByHubModels(specs, new Set(watchableKey.split('\n')), cluster),
    [watchableKey, specs, cluster],
  );
  const watched = useFleetK8sWatchResources(split?.watched ?? null) as WatchResults;
  const polledKey = split ? JSON.stringify(split.polled) : undefined;
  const polled = useClusterRead(
    split && Object.keys(split.polled).length > 0 ? () => readLists(get, split.polled) : undefined,
    polledKey,
    POLL_MS,
  );
  return React.useMemo(
    () => narrowAll(specs, { ...watched, ...(polled ?? {}) }),
    [specs, watched, polled],
  );
};

/** One managed cluster, read (hooks/useShownSnapshot.ts's useShownAnswer evaluates it). */
export const useManagedClusterReads = (cluster: string): ClusterReadings => {
  const get = React.useMemo(() => clusterGetFor(cluster), [cluster]);
  const target = fleetTargetFor(cluster);
  const lastGood = React.useRef(new LastGood()).current;

  // Discovery answers first; an unreachable cluster's page tries again every POLL_MS.
  const openshiftApis = useClusterRead(() => readApis(get), cluster, retryFailed) ?? LOADING;
  const primary = useManagedWatches(cluster, get, MANAGED_PRIMARY_WATCHES);
  const cheClusters = React.useMemo(
    () => lastGood.serve('cheClusters', asList<CheCluster>(primary.cheClusters)),
    [lastGood, primary.cheClusters],
  );
  const cheClusterList = cheClusters.state === 'loaded' ? cheClusters.data : NO_CHECLUSTERS;
  const namesKey = JSON.stringify(namesFor(cheClusterList));
  const secondarySpec = React.useMemo(
    () => secondaryWatches(JSON.parse(namesKey) as SecondaryNames),
    [namesKey],
  );
  const secondary = useManagedWatches(cluster, get, secondarySpec);

  // As on the page: the CheCluster CRD only when no CheCluster answers operator-support itself.
  const csvVersions = csvVersionsOf(primary.devWorkspaceOperatorCsvs);
  const crdNeeded = cheClusters.state !== 'loading' && !cheClusterList.some(carriesSwitch);
  const cheClusterCrd =
    useClusterRead(
      crdNeeded
        ? () => readObject<CustomResourceDefinition>(get, crdPath(CHECLUSTER_CRD_NAME))
        : undefined,
      csvVersions,
      retryFailed,
    ) ?? LOADING;
  const devWorkspaceOperatorConfigCrd =
    useClusterRead(
      () => readObject<CustomResourceDefinition>(get, crdPath(DWOC_CRD_NAME)),
      csvVersions,
      retryFailed,
    ) ?? LOADING;
  const nodes: ResourceState<Node[]> =
    useClusterRead(
      () => readNodes(get),
      poolProgressOf(primary.machineConfigPools),
      (answer) => retryFailed(answer) ?? NODE_REFRESH_MS,
    ) ?? LOADING;

  const reads: ClusterReads = {
    openshiftApis,
    primary,
    secondary,
    namesKey,
    cheClusters,
    cheClusterCrd,
    devWorkspaceOperatorConfigCrd,
    nodes,
  };
  const watchKeys = {
    primary: Object.keys(MANAGED_PRIMARY_WATCHES),
    secondary: Object.keys(secondarySpec),
  };
  return {
    reads,
    cheClusterList,
    toggles: target.toggles,
    lastGood,
    allAnswered: allReadsAnswered(reads, watchKeys, crdNeeded),
  };
};

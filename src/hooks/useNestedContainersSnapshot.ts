/**
 * The reads both screens make: it watches everything the core reads and wraps each result in the
 * state its fetch left it in (403 → forbidden, 404 or an unserved API → not-found, other failures
 * → error); useShownSnapshot.ts evaluates them. Watches are identical for the page and the tab, so
 * the console opens each once.
 */
import * as React from 'react';
import {
  useK8sModel,
  useK8sWatchResources,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { carriesSwitch, namesFor, type SecondaryNames } from '../core';
import type { OpenShiftApis, ResourceState } from '../core/snapshot';
import type { CheCluster } from '../models/cheCluster';
import { ClusterVersionModel } from '../models/clusterVersion';
import { gvkOf } from '../models/common';
import { CHECLUSTER_CRD_NAME, DWOC_CRD_NAME } from '../models/customResourceDefinition';
import { SecurityContextConstraintsModel } from '../models/securityContextConstraints';
import { LastGood } from './lastGood';
import { LOCAL_TOGGLES } from './recentToggles';
import { useCustomResourceDefinition } from './useCustomResourceDefinition';
import { useNodes } from './useNodes';
import {
  allReadsAnswered,
  useEvaluatedSnapshot,
  type ClusterReadings,
  type ClusterReads,
  type NestedContainersData,
} from './useEvaluatedSnapshot';
import {
  asList,
  cheClusterCrdKeyOf,
  csvVersionsOf,
  poolProgressOf,
  type WatchResults,
} from './watchResults';
import { usePlatformReads } from './usePlatformReads';
import { PLATFORM_READS, PRIMARY_WATCHES, secondaryWatches } from './watches';

const NO_CHECLUSTERS: CheCluster[] = [];
const CLUSTER_VERSION_GVK = gvkOf(ClusterVersionModel);
const SCC_GVK = gvkOf(SecurityContextConstraintsModel);

/** Discovery, as the console's model store knows it. */
const useOpenShiftApis = (): ResourceState<OpenShiftApis> => {
  const [configModel, configInFlight] = useK8sModel(CLUSTER_VERSION_GVK);
  const [securityModel, securityInFlight] = useK8sModel(SCC_GVK);
  return React.useMemo(() => {
    const config = !!configModel;
    const security = !!securityModel;
    if ((!config && configInFlight) || (!security && securityInFlight)) return { state: 'loading' };
    return { state: 'loaded', data: { config, security } };
  }, [configModel, configInFlight, securityModel, securityInFlight]);
};

export type { NestedContainersData } from './useEvaluatedSnapshot';

/** The console's own cluster, read (useShownSnapshot.ts decides when to evaluate it). */
export const useLocalClusterReads = (): ClusterReadings => {
  const openshiftApis = useOpenShiftApis();
  const watched = useK8sWatchResources<Record<string, K8sResourceCommon | K8sResourceCommon[]>>(
    PRIMARY_WATCHES,
  ) as WatchResults;
  // The pools' progress tells when the Nodes and the platform objects are worth reading again.
  const poolProgress = poolProgressOf(watched.machineConfigPools);
  const platform = usePlatformReads(PLATFORM_READS, poolProgress);
  const primary = React.useMemo(() => ({ ...watched, ...platform }), [watched, platform]);

  // Per hook instance: a re-list or a restarted watch serves its last loaded data (lastGood.ts).
  // The CheClusters go through it first: their names drive the second-stage watches, which a
  // failed re-list must not tear down.
  const lastGood = React.useRef(new LastGood()).current;
  const cheClusters = React.useMemo(
    () => lastGood.serve('cheClusters', asList<CheCluster>(primary.cheClusters)),
    [lastGood, primary.cheClusters],
  );
  const cheClusterList = cheClusters.state === 'loaded' ? cheClusters.data : NO_CHECLUSTERS;
  // Stable while the names are: the second-stage watches restart only when a name changes.
  const namesKey = JSON.stringify(namesFor(cheClusterList));
  const secondarySpec = React.useMemo(
    () => secondaryWatches(JSON.parse(namesKey) as SecondaryNames),
    [namesKey],
  );
  const secondary = useK8sWatchResources<Record<string, K8sResourceCommon>>(
    secondarySpec,
  ) as WatchResults;

  // The CRDs are read once and again when an operator's version changes (an upgrade replaces
  // its CRDs): the CheCluster's reported version, the CSVs in the operators' namespace.
  const csvVersions = csvVersionsOf(primary.devWorkspaceOperatorCsvs);
  // A CheCluster that carries the switch answers operator-support without the 1 MB CRD, so the
  // CRD waits for the CheCluster list and is read only when none does (an older operator).
  const cheClusterCrdNeeded =
    cheClusters.state !== 'loading' && !cheClusterList.some(carriesSwitch);
  const cheClusterCrd = useCustomResourceDefinition(
    CHECLUSTER_CRD_NAME,
    cheClusterCrdKeyOf(cheClusters, csvVersions),
    cheClusterCrdNeeded,
  );
  const devWorkspaceOperatorConfigCrd = useCustomResourceDefinition(DWOC_CRD_NAME, csvVersions);
  const nodes = useNodes(poolProgress);

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
    primary: [...Object.keys(PRIMARY_WATCHES), ...Object.keys(PLATFORM_READS)],
    secondary: Object.keys(secondarySpec),
  };
  return {
    reads,
    cheClusterList,
    toggles: LOCAL_TOGGLES,
    lastGood,
    allAnswered: allReadsAnswered(reads, watchKeys, cheClusterCrdNeeded),
  };
};

/** The console's own cluster, evaluated at every delivery. */
export const useNestedContainersSnapshot = (): NestedContainersData =>
  useEvaluatedSnapshot(useLocalClusterReads());

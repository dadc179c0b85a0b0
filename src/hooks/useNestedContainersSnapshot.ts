/**
 * The one hook both screens use: it watches everything the core reads, wraps each result in the
 * state its fetch left it in (403 → forbidden, 404 or an unserved API → not-found, other failures
 * → error) and evaluates the snapshot. Watches are identical for the page and the tab, so the
 * console opens each once.
 */
import * as React from 'react';
import {
  useK8sModel,
  useK8sWatchResources,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { carriesSwitch, evaluate, namesFor, type SecondaryNames } from '../core';
import type { ReadinessReport } from '../core/results';
import type { ClusterSnapshot, OpenShiftApis, ResourceState } from '../core/snapshot';
import type { CheCluster } from '../models/cheCluster';
import type { ClusterServiceVersion } from '../models/clusterServiceVersion';
import type { ClusterRole } from '../models/clusterRole';
import type { ClusterRoleBinding } from '../models/clusterRoleBinding';
import type { ClusterVersion } from '../models/clusterVersion';
import type { ContainerRuntimeConfig } from '../models/containerRuntimeConfig';
import { CHECLUSTER_CRD_NAME, DWOC_CRD_NAME } from '../models/customResourceDefinition';
import type { DevWorkspace } from '../models/devWorkspace';
import type { DevWorkspaceOperatorConfig } from '../models/devWorkspaceOperatorConfig';
import type { FeatureGate } from '../models/featureGate';
import type { Namespace } from '../models/namespace';
import { RUNC_OVERRIDE_NAMES, type MachineConfig } from '../models/machineConfig';
import type { MachineConfigPool } from '../models/machineConfigPool';
import type { Pod } from '../models/pod';
import type { RoleBinding } from '../models/roleBinding';
import type { SecurityContextConstraints } from '../models/securityContextConstraints';
import { ClusterVersionModel } from '../models/clusterVersion';
import { gvkOf } from '../models/common';
import { SecurityContextConstraintsModel } from '../models/securityContextConstraints';
import { isNamedObject, isObjectList, stateFromWatch } from '../utils/loadError';
import { LastGood } from './lastGood';
import { forgetToggle, useRecentToggles } from './recentToggles';
import { useCustomResourceDefinition } from './useCustomResourceDefinition';
import { useNodes } from './useNodes';
import { useNow } from './useNow';
import {
  clusterRoleBindingWatchKey,
  clusterRoleWatchKey,
  dwocWatchKey,
  roleBindingsWatchKey,
  PRIMARY_WATCHES,
  runcOverrideWatchKey,
  sccWatchKey,
  secondaryWatches,
} from './watches';

type WatchResult = { data: unknown; loaded: boolean; loadError: unknown };
type Results = Record<string, WatchResult | undefined>;

const asList = <T>(r: WatchResult | undefined): ResourceState<T[]> =>
  r ? stateFromWatch<T[]>(r.data, r.loaded, r.loadError, isObjectList) : { state: 'loading' };
/** A named object watched as a one-name list: its only item, or not-found when the list is empty. */
const asObject = <T>(r: WatchResult | undefined): ResourceState<T> => {
  const state = asList<unknown>(r);
  if (state.state !== 'loaded') return state;
  const item = state.data.find((o) => isNamedObject<T>(o));
  return item === undefined ? { state: 'not-found' } : { state: 'loaded', data: item };
};

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

/** Name and version of each CSV the watch holds, as one string; undefined until it answers. */
const csvVersionsOf = (r: WatchResult | undefined): string | undefined => {
  const csvs = asList<ClusterServiceVersion>(r);
  if (csvs.state === 'loading' || csvs.state === 'error') return undefined;
  if (csvs.state !== 'loaded') return '';
  return csvs.data.map((c) => `${c.metadata?.name ?? ''}@${c.spec?.version ?? ''}`).join(',');
};

/**
 * How far each pool got, as one string; undefined until the watch answers. A node finishing its
 * update moves these counts, which is when the kubelets (useNodes.ts) are worth reading again.
 */
const poolProgressOf = (r: WatchResult | undefined): string | undefined => {
  const pools = asList<MachineConfigPool>(r);
  if (pools.state === 'loading') return undefined;
  if (pools.state !== 'loaded') return pools.state;
  return pools.data
    .map(
      (p) =>
        `${p.metadata?.name ?? ''}:${String(p.spec?.paused ?? false)}:${p.status?.updatedMachineCount ?? '-'}/${p.status?.machineCount ?? '-'}:${p.status?.configuration?.name ?? ''}`,
    )
    .join(',');
};

export interface NestedContainersData {
  snapshot: ClusterSnapshot;
  report: ReadinessReport;
  /** The CheClusters as watched (the toggle patches these exact objects). */
  cheClusters: CheCluster[];
  /** The clock the report was evaluated at (ticks while a toggle reconciles). */
  now: number;
}

export const useNestedContainersSnapshot = (): NestedContainersData => {
  const openshiftApis = useOpenShiftApis();
  const primary = useK8sWatchResources<Record<string, K8sResourceCommon | K8sResourceCommon[]>>(
    PRIMARY_WATCHES,
  ) as Results;

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
  ) as Results;

  // The CRDs are read once and again when an operator's version changes (an upgrade replaces
  // its CRDs): the CheCluster's reported version, the CSVs in the operators' namespace.
  const csvVersions = csvVersionsOf(primary.devWorkspaceOperatorCsvs);
  const cheVersions =
    cheClusters.state === 'loading' || cheClusters.state === 'error'
      ? undefined
      : cheClusterList.map((cc) => cc.status?.cheVersion ?? '').join(',');
  // A CheCluster that carries the switch answers operator-support without the 1 MB CRD, so the
  // CRD waits for the CheCluster list and is read only when none does (an older operator).
  const cheClusterCrd = useCustomResourceDefinition(
    CHECLUSTER_CRD_NAME,
    cheVersions === undefined || csvVersions === undefined
      ? undefined
      : `${cheVersions}|${csvVersions}`,
    cheClusters.state !== 'loading' && !cheClusterList.some(carriesSwitch),
  );
  const devWorkspaceOperatorConfigCrd = useCustomResourceDefinition(DWOC_CRD_NAME, csvVersions);
  const nodes = useNodes(poolProgressOf(primary.machineConfigPools));

  const recentToggles = useRecentToggles();
  const now = useNow(recentToggles.length > 0);

  // The SDK memoizes each results object, so this re-evaluates only when a watch delivers.
  const { snapshot, report } = React.useMemo(() => {
    const names = JSON.parse(namesKey) as SecondaryNames;
    const keep = <T>(key: string, state: ResourceState<T>) => lastGood.serve(key, state);
    const snap: ClusterSnapshot = {
      openshiftApis,
      clusterVersion: keep('clusterVersion', asObject<ClusterVersion>(primary.clusterVersion)),
      featureGate: keep('featureGate', asObject<FeatureGate>(primary.featureGate)),
      containerRuntimeConfigs: keep(
        'containerRuntimeConfigs',
        asList<ContainerRuntimeConfig>(primary.containerRuntimeConfigs),
      ),
      runtimeOverrides: Object.fromEntries(
        RUNC_OVERRIDE_NAMES.map((n) => [
          n,
          keep(runcOverrideWatchKey(n), asObject<MachineConfig>(primary[runcOverrideWatchKey(n)])),
        ]),
      ),
      nodes: keep('nodes', nodes),
      machineConfigPools: keep(
        'machineConfigPools',
        asList<MachineConfigPool>(primary.machineConfigPools),
      ),
      cheClusters,
      cheClusterCrd: keep('cheClusterCrd', cheClusterCrd),
      sccs: Object.fromEntries(
        names.sccs.map((n) => [
          n,
          keep(sccWatchKey(n), asObject<SecurityContextConstraints>(secondary[sccWatchKey(n)])),
        ]),
      ),
      devWorkspaceOperatorConfigs: Object.fromEntries(
        names.dwocNamespaces.map((ns) => [
          ns,
          keep(dwocWatchKey(ns), asObject<DevWorkspaceOperatorConfig>(secondary[dwocWatchKey(ns)])),
        ]),
      ),
      clusterRoles: Object.fromEntries(
        names.clusterRoles.map((n) => [
          n,
          keep(clusterRoleWatchKey(n), asObject<ClusterRole>(secondary[clusterRoleWatchKey(n)])),
        ]),
      ),
      clusterRoleBindings: Object.fromEntries(
        names.clusterRoleBindings.map((n) => [
          n,
          keep(
            clusterRoleBindingWatchKey(n),
            asObject<ClusterRoleBinding>(secondary[clusterRoleBindingWatchKey(n)]),
          ),
        ]),
      ),
      userRoleBindings: Object.fromEntries(
        names.userRoleBindings.map((n) => [
          n,
          keep(roleBindingsWatchKey(n), asList<RoleBinding>(secondary[roleBindingsWatchKey(n)])),
        ]),
      ),
      userNamespaces: keep('userNamespaces', asList<Namespace>(primary.userNamespaces)),
      devWorkspaceControllerPods: keep(
        'devWorkspaceControllerPods',
        asList<Pod>(primary.devWorkspaceControllerPods),
      ),
      devWorkspaces: keep('devWorkspaces', asList<DevWorkspace>(primary.devWorkspaces)),
      workspacePods: keep('workspacePods', asList<Pod>(primary.workspacePods)),
      recentToggles: [...recentToggles],
      devWorkspaceOperatorConfigCrd: keep(
        'devWorkspaceOperatorConfigCrd',
        devWorkspaceOperatorConfigCrd,
      ),
      devWorkspaceOperatorCsvs: keep(
        'devWorkspaceOperatorCsvs',
        asList<ClusterServiceVersion>(primary.devWorkspaceOperatorCsvs),
      ),
    };
    return { snapshot: snap, report: evaluate(snap, { now }) };
  }, [
    openshiftApis,
    primary,
    secondary,
    cheClusters,
    cheClusterCrd,
    devWorkspaceOperatorConfigCrd,
    nodes,
    namesKey,
    recentToggles,
    now,
    lastGood,
  ]);

  // A toggle is done once its CheCluster reports the requested final state.
  React.useEffect(() => {
    for (const toggle of recentToggles) {
      const instance = report.instances.find(
        (i) => i.cheCluster.namespace === toggle.namespace && i.cheCluster.name === toggle.name,
      );
      if (instance?.featureState === (toggle.enabled ? 'enabled' : 'disabled'))
        forgetToggle(toggle);
    }
  }, [report, recentToggles]);

  // One object per change, so a deferred render (hooks/useDeferredValue.ts) can skip the rest.
  return React.useMemo(
    () => ({ snapshot, report, cheClusters: cheClusterList, now }),
    [snapshot, report, cheClusterList, now],
  );
};

/**
 * The last step both snapshot hooks share (useNestedContainersSnapshot.ts for the console's own
 * cluster, fleet/useManagedClusterSnapshot.ts for a managed one): the reads and the cluster's
 * toggles still reconciling, made into the snapshot and evaluated, with the clock ticking while a
 * toggle reconciles and each toggle forgotten once its CheCluster reports the final state.
 */
import * as React from 'react';
import { evaluate, type SecondaryNames } from '../core';
import type { ReadinessReport } from '../core/results';
import type { ClusterSnapshot } from '../core/snapshot';
import type { CheCluster } from '../models/cheCluster';
import type { LastGood } from './lastGood';
import { useForgetSettledToggles, useRecentToggles, type ToggleStore } from './recentToggles';
import { snapshotFromWatches, type WatchedState } from './snapshotFromWatches';
import { useNow } from './useNow';

export interface NestedContainersData {
  snapshot: ClusterSnapshot;
  report: ReadinessReport;
  /** The CheClusters as watched (the toggle patches these exact objects). */
  cheClusters: CheCluster[];
  /** The clock the report was evaluated at (ticks while a toggle reconciles). */
  now: number;
}

/** The reads, with the second stage's names as their JSON (stable while the names are). */
export type ClusterReads = Omit<WatchedState, 'recentToggles' | 'names'> & { namesKey: string };

export const useEvaluatedSnapshot = (
  reads: ClusterReads,
  cheClusterList: CheCluster[],
  toggles: ToggleStore,
  lastGood: LastGood,
): NestedContainersData => {
  const {
    openshiftApis,
    primary,
    secondary,
    namesKey,
    cheClusters,
    cheClusterCrd,
    devWorkspaceOperatorConfigCrd,
    nodes,
  } = reads;
  const recentToggles = useRecentToggles(toggles);
  const now = useNow(recentToggles.length > 0);

  // Each read's result is memoized where it comes from, so this re-evaluates only on a delivery.
  const { snapshot, report } = React.useMemo(() => {
    const snap = snapshotFromWatches(
      {
        openshiftApis,
        primary,
        secondary,
        names: JSON.parse(namesKey) as SecondaryNames,
        cheClusters,
        cheClusterCrd,
        devWorkspaceOperatorConfigCrd,
        nodes,
        recentToggles,
      },
      (key, state) => lastGood.serve(key, state),
    );
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

  useForgetSettledToggles(toggles, recentToggles, report);

  // One object per change, so a deferred render (hooks/useShownSnapshot.ts) can skip the rest.
  return React.useMemo(
    () => ({ snapshot, report, cheClusters: cheClusterList, now }),
    [snapshot, report, cheClusterList, now],
  );
};

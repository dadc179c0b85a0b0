/**
 * The last step both clusters' reads share (useNestedContainersSnapshot.ts for the console's own
 * cluster, fleet/useManagedClusterReads.ts for a managed one): the reads and the cluster's
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
import { everyReadAnswered } from './watchResults';
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

/** What a screen's reads hold so far, for one cluster. */
export interface ClusterReadings {
  reads: ClusterReads;
  /** The CheClusters as watched (the toggle patches these exact objects). */
  cheClusterList: CheCluster[];
  /** The cluster's toggles still reconciling. */
  toggles: ToggleStore;
  lastGood: LastGood;
  /**
   * Every read started has answered (with data or with why it has none). A check that reads an
   * object only for a detail (the DWOC's pull policy for workspace-images, the RBAC while the
   * switch is off) does not say it is loading, so the checks alone cannot tell.
   */
  allAnswered: boolean;
}

/**
 * Whether every read a screen started has answered: the watches of both stages (by their keys),
 * discovery, the DWOC CRD, the Nodes, and the CheCluster CRD when it is read at all.
 */
export const allReadsAnswered = (
  reads: ClusterReads,
  watchKeys: { primary: readonly string[]; secondary: readonly string[] },
  cheClusterCrdNeeded: boolean,
): boolean =>
  everyReadAnswered(
    [
      [reads.primary, watchKeys.primary],
      [reads.secondary, watchKeys.secondary],
    ],
    [
      reads.openshiftApis,
      reads.devWorkspaceOperatorConfigCrd,
      reads.nodes,
      ...(cheClusterCrdNeeded ? [reads.cheClusterCrd] : []),
    ],
  );

/**
 * `evaluateNow: false` skips the evaluation and returns nothing: the screens hold their first
 * answer until every read has answered (useShownSnapshot.ts), and with 10,000 workspaces each
 * evaluation of a partial snapshot cost 30–130 ms in the real 4.20 console.
 */
export function useEvaluatedSnapshot(readings: ClusterReadings): NestedContainersData;
export function useEvaluatedSnapshot(
  readings: ClusterReadings,
  evaluateNow: boolean,
): NestedContainersData | undefined;
export function useEvaluatedSnapshot(
  { reads, cheClusterList, toggles, lastGood }: ClusterReadings,
  evaluateNow = true,
): NestedContainersData | undefined {
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
  const evaluated = React.useMemo(() => {
    if (!evaluateNow) return undefined;
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
    evaluateNow,
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

  useForgetSettledToggles(toggles, recentToggles, evaluated?.report);

  // One object per change, so a deferred render (hooks/useShownSnapshot.ts) can skip the rest.
  return React.useMemo(
    () => evaluated && { ...evaluated, cheClusters: cheClusterList, now },
    [evaluated, cheClusterList, now],
  );
}

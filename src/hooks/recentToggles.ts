/**
 * Toggles accepted in this browser session, per cluster. The console's own cluster has one store
 * shared by the page and the tab (module state, so a toggle made on one screen shows as "turning
 * on" on the other); each managed cluster of the fleet has its own (fleet/fleetTarget.ts), so a
 * toggle on one cluster never marks a CheCluster of the same name elsewhere. The core turns them
 * into "reconciling" until the operator has caught up.
 */
import * as React from 'react';
import type { ReadinessReport } from '../core/results';
import type { RecentToggle } from '../core/snapshot';

type CheClusterRef = { namespace: string; name: string };

export interface ToggleStore {
  /** Remember a toggle; a newer one for the same CheCluster replaces the older. */
  record: (toggle: RecentToggle) => void;
  /** Forget the toggle of one CheCluster once its state is final. */
  forget: (ref: CheClusterRef) => void;
  clear: () => void;
  current: () => readonly RecentToggle[];
  subscribe: (listener: () => void) => () => void;
}

const sameCheCluster = (a: CheClusterRef, b: CheClusterRef) =>
  a.namespace === b.namespace && a.name === b.name;

export const createToggleStore = (): ToggleStore => {
  let toggles: readonly RecentToggle[] = [];
  const listeners = new Set<() => void>();
  const publish = (next: readonly RecentToggle[]) => {
    toggles = next;
    listeners.forEach((l) => l());
  };
  return {
    record: (toggle) => publish([...toggles.filter((x) => !sameCheCluster(x, toggle)), toggle]),
    forget: (ref) => {
      if (toggles.some((x) => sameCheCluster(x, ref)))
        publish(toggles.filter((x) => !sameCheCluster(x, ref)));
    },
    clear: () => publish([]),
    current: () => toggles,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
};

/** The console's own cluster. */
export const LOCAL_TOGGLES = createToggleStore();

export const recordToggle = (toggle: RecentToggle): void => LOCAL_TOGGLES.record(toggle);

/** For tests: start from a clean session. */
export const clearRecentToggles = (): void => LOCAL_TOGGLES.clear();

export const useRecentToggles = (store: ToggleStore = LOCAL_TOGGLES): readonly RecentToggle[] => {
  const [value, setValue] = React.useState(store.current);
  React.useEffect(() => {
    const listener = () => setValue(store.current());
    const unsubscribe = store.subscribe(listener);
    listener(); // catch a change made between render and subscription
    return unsubscribe;
  }, [store]);
  return value;
};

/** A toggle is done once its CheCluster reports the requested final state (none without a report). */
export const useForgetSettledToggles = (
  store: ToggleStore,
  toggles: readonly RecentToggle[],
  report: ReadinessReport | undefined,
): void =>
  React.useEffect(() => {
    if (!report) return;
    for (const toggle of toggles) {
      const cheClusterReport = report.cheClusterReports.find((i) =>
        sameCheCluster(i.cheCluster, toggle),
      );
      if (cheClusterReport?.featureState === (toggle.enabled ? 'enabled' : 'disabled'))
        store.forget(toggle);
    }
  }, [store, toggles, report]);

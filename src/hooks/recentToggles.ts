/**
 * Toggles accepted in this browser session, shared by the page and the tab (module state, so a
 * toggle made on one screen shows as "turning on" on the other). The core turns them into
 * "reconciling" until the operator has caught up.
 */
import * as React from 'react';
import type { RecentToggle } from '../core/snapshot';

let toggles: readonly RecentToggle[] = [];
const listeners = new Set<() => void>();

const publish = (next: readonly RecentToggle[]) => {
  toggles = next;
  listeners.forEach((l) => l());
};

const sameCheCluster = (a: { namespace: string; name: string }, b: typeof a) =>
  a.namespace === b.namespace && a.name === b.name;

/** Remember a toggle; a newer one for the same CheCluster replaces the older. */
export const recordToggle = (toggle: RecentToggle): void =>
  publish([...toggles.filter((x) => !sameCheCluster(x, toggle)), toggle]);

/** Forget the toggle of one CheCluster once its state is final. */
export const forgetToggle = (ref: { namespace: string; name: string }): void => {
  if (toggles.some((x) => sameCheCluster(x, ref)))
    publish(toggles.filter((x) => !sameCheCluster(x, ref)));
};

/** For tests: start from a clean session. */
export const clearRecentToggles = (): void => publish([]);

export const useRecentToggles = (): readonly RecentToggle[] => {
  const [value, setValue] = React.useState(toggles);
  React.useEffect(() => {
    const listener = () => setValue(toggles);
    listeners.add(listener);
    listener(); // catch a change made between render and subscription
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return value;
};

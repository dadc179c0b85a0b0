/** What every per-CheCluster check needs to know about its CheCluster. */
import type { CheCluster } from '../models/cheCluster';
import type { RecentToggle } from './snapshot';
import { at, bool, dict, list, namespaceOf, nameOf, num, str } from './guards';
import type { Flavor } from './cheCluster';
import { flavorOf, isRequestedEnabled, runSccName } from './cheCluster';

export const DEFAULT_RECONCILE_WINDOW_MS = 5 * 60 * 1000;

export interface InstanceContext {
  cheCluster: CheCluster;
  namespace: string;
  name: string;
  flavor: Flavor;
  runScc: string;
  requestedEnabled: boolean;
  chePhase?: string;
  /**
   * A reconcile is plausibly under way: a toggle to the current state was made from this page within
   * the window, or the CheCluster is not `Active` (rolling out, or no status yet). Otherwise
   * whatever the operator has not created is a failure, not progress.
   */
  reconciling: boolean;
  /** Epoch ms of that toggle, or null when only the phase says so. */
  reconcilingSince: number | null;
}

/** The newest toggle of this CheCluster to the state its spec now requests, if inside the window. */
const recentToggleAt = (
  toggles: unknown,
  namespace: string,
  name: string,
  enabled: boolean,
  now: number,
  windowMs: number,
): number | null => {
  let newest: number | null = null;
  for (const t of list(toggles)) {
    const toggle = dict(t) as Partial<RecentToggle>;
    const toggledAt = num(toggle.at);
    if (str(toggle.namespace) !== namespace || str(toggle.name) !== name) continue;
    if (bool(toggle.enabled) !== enabled || toggledAt === undefined) continue;
    if (now - toggledAt > windowMs || now - toggledAt < -windowMs) continue;
    if (newest === null || toggledAt > newest) newest = toggledAt;
  }
  return newest;
};

export const instanceContext = (
  cheCluster: CheCluster,
  toggles: unknown,
  now: number,
  windowMs: number,
): InstanceContext => {
  const namespace = namespaceOf(cheCluster);
  const name = nameOf(cheCluster);
  const requestedEnabled = isRequestedEnabled(cheCluster);
  const chePhase = str(at(cheCluster, 'status', 'chePhase'));
  const since = recentToggleAt(toggles, namespace, name, requestedEnabled, now, windowMs);
  return {
    cheCluster,
    namespace,
    name,
    flavor: flavorOf(cheCluster),
    runScc: runSccName(cheCluster),
    requestedEnabled,
    chePhase,
    reconciling: since !== null || chePhase !== 'Active',
    reconcilingSince: since,
  };
};

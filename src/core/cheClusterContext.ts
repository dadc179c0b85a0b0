/** What every per-CheCluster check needs to know about its CheCluster. */
import type { CheCluster } from '../models/cheCluster';
import type { RecentToggle } from './snapshot';
import { at, bool, dict, list, namespaceOf, nameOf, num, str } from './guards';
import type { Flavor } from './cheCluster';
import { flavorOf, isRequestedEnabled, runSccName } from './cheCluster';

export const DEFAULT_RECONCILE_WINDOW_MS = 5 * 60 * 1000;

export interface CheClusterContext {
  cheCluster: CheCluster;
  namespace: string;
  name: string;
  flavor: Flavor;
  runScc: string;
  requestedEnabled: boolean;
  chePhase?: string;
  /**
   * The operator's last reconcile failed: che-operator writes `status.reason`
   * (InstallOrUpdateFailed) and `status.message` when a reconciler returns an error and clears both
   * after a pass that completes (controllers/che/checluster_controller.go, deploy.SetStatusDetails),
   * while `chePhase` keeps what an earlier pass wrote. Objects made after the failing reconciler
   * (the run SCC and its roles come after the server) are missing because of it.
   */
  reconcileFailure: { reason: string; message: string | null } | null;
  /**
   * A reconcile is plausibly under way: a toggle to the current state was made from this page within
   * the window, or the server is rolling out (`RollingUpdate`), or the operator has written no status
   * yet. `Active` and `Inactive` (the server is down) are settled phases, and a failed reconcile is
   * not progress: then whatever the operator has not created is a failure.
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
    // Written so that an unknown clock (NaN) makes no toggle recent.
    if (!(Math.abs(now - toggledAt) <= windowMs)) continue;
    if (newest === null || toggledAt > newest) newest = toggledAt;
  }
  return newest;
};

export const cheClusterContext = (
  cheCluster: CheCluster,
  toggles: unknown,
  now: number,
  windowMs: number,
): CheClusterContext => {
  const namespace = namespaceOf(cheCluster);
  const name = nameOf(cheCluster);
  const requestedEnabled = isRequestedEnabled(cheCluster);
  const chePhase = str(at(cheCluster, 'status', 'chePhase'));
  const since = recentToggleAt(toggles, namespace, name, requestedEnabled, now, windowMs);
  const reason = str(at(cheCluster, 'status', 'reason'));
  const reconcileFailure = reason
    ? { reason, message: str(at(cheCluster, 'status', 'message')) || null }
    : null;
  const phasePending = chePhase === undefined || chePhase === 'RollingUpdate';
  return {
    cheCluster,
    namespace,
    name,
    flavor: flavorOf(cheCluster),
    runScc: runSccName(cheCluster),
    requestedEnabled,
    chePhase,
    reconcileFailure,
    reconciling: reconcileFailure === null && (since !== null || phasePending),
    reconcilingSince: since,
  };
};

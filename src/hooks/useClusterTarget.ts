/**
 * Which cluster the checklist's actions act on. The page and the tab act on the console's own
 * cluster (the default); the fleet's drill-down provides a managed cluster, so the same components
 * send the same patch there, through ACM's cluster proxy, without importing ACM's SDK here.
 */
import * as React from 'react';
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import type { CheCluster } from '../models/cheCluster';
import { useLocalCanPatchCheCluster, useLocalPatchCheCluster } from './localCluster';
import { LOCAL_TOGGLES, type ToggleStore } from './recentToggles';

export interface ClusterTarget {
  /** The managed cluster's name; undefined for the console's own cluster. */
  cluster?: string;
  /** Links to the console's resource pages and the smoke test act on the console's own cluster. */
  local: boolean;
  toggles: ToggleStore;
  /** Hooks, fixed for the target's lifetime: [allowed, loading] for `patch` on a CheCluster. */
  useCanPatchCheCluster: (namespace: string, name: string) => [boolean, boolean];
  usePatchCheCluster: () => (cheCluster: CheCluster, data: Patch[]) => Promise<void>;
}

export const LOCAL_TARGET: ClusterTarget = {
  local: true,
  toggles: LOCAL_TOGGLES,
  useCanPatchCheCluster: useLocalCanPatchCheCluster,
  usePatchCheCluster: useLocalPatchCheCluster,
};

export const ClusterTargetContext = React.createContext<ClusterTarget>(LOCAL_TARGET);

export const useClusterTarget = (): ClusterTarget => React.useContext(ClusterTargetContext);

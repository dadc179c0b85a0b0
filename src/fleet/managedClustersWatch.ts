/**
 * The hub's clusterview list of ManagedClusters, as the SDK's useFleetClusterNames watches it. The
 * fleet page and the drill-down use this one spec, so the console's store keeps one watch for both.
 */
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf } from '../models/common';
import { ManagedClusterViewModel } from '../models/managedCluster';

export const MANAGED_CLUSTERS: WatchK8sResource = {
  groupVersionKind: gvkOf(ManagedClusterViewModel),
  isList: true,
};

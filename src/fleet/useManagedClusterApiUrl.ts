/**
 * A managed cluster's API server URL, from the hub's clusterview list the fleet page watches
 * (managedClustersWatch.ts). Undefined until the list is in, or when the user may not see the
 * cluster's ManagedCluster.
 */
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { ManagedCluster } from '../models/managedCluster';
import { apiServerUrlOf } from './fleetClusters';
import { MANAGED_CLUSTERS } from './managedClustersWatch';

export const useManagedClusterApiUrl = (cluster: string): string | undefined => {
  const [list] = useK8sWatchResource<ManagedCluster[]>(MANAGED_CLUSTERS);
  return apiServerUrlOf(list?.find((mc) => mc.metadata?.name === cluster));
};

/**
 * A GET on one cluster of the fleet, through ACM's multicluster SDK: `getFleetK8sAPIPath` gives the
 * console's own `/api/kubernetes` for the hub and ACM's cluster proxy
 * (`/api/proxy/plugin/mce/console/multicloud/managedclusterproxy/<cluster>`) for the others, and
 * the console's fetch adds its headers and a timeout. The SDK is imported file by file: its index
 * (and its watch hooks) pull in Apollo and GraphQL for search, which these reads do not use.
 */
import { consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import { getFleetK8sAPIPath } from '@stolostron/multicluster-sdk/lib/api/getFleetK8sAPIPath';
import type { ClusterGet } from './clusterReads';

/** A cluster that has not answered by then is unreachable for this read (its row says so). */
export const READ_TIMEOUT_MS = 15_000;

export const clusterGetFor = (cluster: string): ClusterGet => {
  let base: Promise<string> | undefined;
  return async (path, accept) => {
    base ??= getFleetK8sAPIPath(cluster);
    return consoleFetchJSON(
      `${await base}${path}`,
      'GET',
      accept ? { headers: { Accept: accept } } : {},
      READ_TIMEOUT_MS,
    ) as Promise<unknown>;
  };
};

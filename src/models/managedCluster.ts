/**
 * ACM's ManagedCluster as the hub's clusterview API lists it: the clusters the logged-in user may
 * see (multicloud-operators-foundation's aggregated `clusterview.open-cluster-management.io/v1`,
 * the list @stolostron/multicluster-sdk's useFleetClusterNames watches).
 */
import type { K8sObject, ModelFacts } from './common';

export const ManagedClusterViewModel: ModelFacts = {
  group: 'clusterview.open-cluster-management.io',
  version: 'v1',
  kind: 'ManagedCluster',
  plural: 'managedclusters',
  namespaced: false,
};

/** Set by the cluster-proxy add-on when the hub can reach the cluster's API through it. */
export const CLUSTER_PROXY_LABEL = 'feature.open-cluster-management.io/addon-cluster-proxy';
/** The hub's own ManagedCluster, when it manages itself. */
export const LOCAL_CLUSTER_LABEL = 'local-cluster';
/** The managed cluster's console URL, as its klusterlet claims it. */
export const CONSOLE_URL_CLAIM = 'consoleurl.cluster.open-cluster-management.io';
export const AVAILABLE_CONDITION = 'ManagedClusterConditionAvailable';

export interface ManagedClusterCondition {
  type?: string;
  /** 'True', 'False' or 'Unknown'. */
  status?: string;
  reason?: string;
  message?: string;
}

export interface ManagedCluster extends K8sObject {
  spec?: {
    hubAcceptsClient?: boolean;
    /** The cluster's API server, as its registration agent reports it (open-cluster-management api cluster/v1). */
    managedClusterClientConfigs?: { url?: string; caBundle?: string }[];
  };
  status?: {
    conditions?: ManagedClusterCondition[];
    version?: { kubernetes?: string };
    /** ClusterClaims the klusterlet reports, e.g. consoleurl.cluster.open-cluster-management.io. */
    clusterClaims?: { name?: string; value?: string }[];
  };
}

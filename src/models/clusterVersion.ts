import type { K8sObject, ModelFacts } from './common';

export const ClusterVersionModel: ModelFacts = {
  group: 'config.openshift.io',
  version: 'v1',
  kind: 'ClusterVersion',
  plural: 'clusterversions',
  namespaced: false,
};

export interface ClusterVersionHistoryEntry {
  state?: string; // 'Completed' | 'Partial'
  version?: string;
  image?: string;
  startedTime?: string;
  completionTime?: string | null;
}

export interface ClusterVersion extends K8sObject {
  spec?: { channel?: string; clusterID?: string };
  status?: {
    desired?: { version?: string; image?: string };
    history?: ClusterVersionHistoryEntry[];
  };
}

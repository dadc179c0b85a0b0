/**
 * A managed cluster as the checklist's target (hooks/useClusterTarget.ts): the access review and
 * the patch go through ACM's multicluster SDK with `cluster` set, so they reach that cluster's API
 * server through the cluster proxy and no other. Each cluster keeps its own toggle store for the
 * browser session. The SDK is imported file by file (fleetApi.ts says why).
 *
 * ACM's useFleetAccessReview answers "allowed" when the review itself fails (the API server still
 * decides): the confirmation then says the refusal the patch gets, as on a 403.
 */
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import { fleetK8sPatch } from '@stolostron/multicluster-sdk/lib/api/fleetK8sPatch';
import { useFleetAccessReview } from '@stolostron/multicluster-sdk/lib/api/useFleetAccessReview';
import type { ClusterTarget } from '../hooks/useClusterTarget';
import { createToggleStore, type ToggleStore } from '../hooks/recentToggles';
import { CheClusterModel, type CheCluster } from '../models/cheCluster';
import { toK8sModel } from '../utils/k8sModel';

const MODEL = toK8sModel(CheClusterModel);

const stores = new Map<string, ToggleStore>();
const targets = new Map<string, ClusterTarget>();

const storeOf = (cluster: string): ToggleStore => {
  let store = stores.get(cluster);
  if (!store) {
    store = createToggleStore();
    stores.set(cluster, store);
  }
  return store;
};

/** One object per cluster, so its hooks stay the same across renders. */
export const fleetTargetFor = (cluster: string): ClusterTarget => {
  const known = targets.get(cluster);
  if (known) return known;
  const patch = async (cheCluster: CheCluster, data: Patch[]): Promise<void> => {
    await fleetK8sPatch({ model: MODEL, resource: cheCluster, data, cluster });
  };
  const target: ClusterTarget = {
    cluster,
    local: false,
    toggles: storeOf(cluster),
    useCanPatchCheCluster: (namespace, name) =>
      useFleetAccessReview({
        group: CheClusterModel.group,
        resource: CheClusterModel.plural,
        verb: 'patch',
        namespace,
        name,
        cluster,
      }),
    usePatchCheCluster: () => patch,
  };
  targets.set(cluster, target);
  return target;
};

/**
 * The console's own cluster, through the console SDK: may this user patch a CheCluster, and the
 * patch itself. The fleet's managed clusters have their own (fleet/fleetTarget.ts).
 */
import * as React from 'react';
import {
  k8sPatch,
  useAccessReview,
  useK8sModel,
  type Patch,
} from '@openshift-console/dynamic-plugin-sdk';
import { CheClusterModel, type CheCluster } from '../models/cheCluster';
import { gvkOf } from '../models/common';
import { toK8sModel } from '../utils/k8sModel';

const CHECLUSTER_GVK = gvkOf(CheClusterModel);
const FALLBACK_MODEL = toK8sModel(CheClusterModel);

/** [allowed, loading] for `patch` on this CheCluster. */
export const useLocalCanPatchCheCluster = (namespace: string, name: string): [boolean, boolean] =>
  useAccessReview({
    group: CheClusterModel.group,
    resource: CheClusterModel.plural,
    verb: 'patch',
    namespace,
    name,
  });

/** Sends a JSON patch to a CheCluster; resolves once the API server accepted it. */
export const useLocalPatchCheCluster = (): ((
  cheCluster: CheCluster,
  data: Patch[],
) => Promise<void>) => {
  const [model] = useK8sModel(CHECLUSTER_GVK);
  return React.useCallback(
    async (cheCluster: CheCluster, data: Patch[]) => {
      await k8sPatch({ model: model ?? FALLBACK_MODEL, resource: cheCluster, data });
    },
    [model],
  );
};

/**
 * The safe toggle: may this user patch this CheCluster, and the patch itself (exactly the core's
 * JSON patch, which changes one field after a resourceVersion test).
 */
import * as React from 'react';
import {
  k8sPatch,
  useAccessReview,
  useK8sModel,
  type Patch,
} from '@openshift-console/dynamic-plugin-sdk';
import { buildTogglePatch } from '../core';
import { CheClusterModel, type CheCluster } from '../models/cheCluster';
import { toK8sModel } from '../utils/k8sModel';
import { recordToggle } from './recentToggles';
import { gvkOf } from '../models/common';

const CHECLUSTER_GVK = gvkOf(CheClusterModel);
const FALLBACK_MODEL = toK8sModel(CheClusterModel);

/** [allowed, loading] for `patch` on this CheCluster. */
export const useCanPatchCheCluster = (namespace: string, name: string): [boolean, boolean] =>
  useAccessReview({
    group: CheClusterModel.group,
    resource: CheClusterModel.plural,
    verb: 'patch',
    namespace,
    name,
  });

/** Sends the toggle patch; resolves once the API server accepted it, rejects with its error. */
export const usePatchNestedContainers = (): ((
  cheCluster: CheCluster,
  enable: boolean,
) => Promise<void>) => {
  const [model] = useK8sModel(CHECLUSTER_GVK);
  return React.useCallback(
    async (cheCluster: CheCluster, enable: boolean) => {
      const data: Patch[] = buildTogglePatch(cheCluster, enable);
      await k8sPatch({
        model: model ?? FALLBACK_MODEL,
        resource: cheCluster,
        data,
      });
      recordToggle({
        namespace: cheCluster.metadata?.namespace ?? '',
        name: cheCluster.metadata?.name ?? '',
        enabled: enable,
        at: Date.now(),
      });
    },
    [model],
  );
};

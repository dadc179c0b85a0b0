/**
 * The safe toggle: may this user patch this CheCluster, and the patch itself (exactly the core's
 * JSON patch, which changes one field after a resourceVersion test), on the cluster the screen
 * shows (useClusterTarget.ts).
 */
import * as React from 'react';
import { buildTogglePatch } from '../core';
import type { CheCluster } from '../models/cheCluster';
import { useClusterTarget } from './useClusterTarget';

/** [allowed, loading] for `patch` on this CheCluster. */
export const useCanPatchCheCluster = (namespace: string, name: string): [boolean, boolean] =>
  useClusterTarget().useCanPatchCheCluster(namespace, name);

/** Sends the toggle patch; resolves once the API server accepted it, rejects with its error. */
export const usePatchNestedContainers = (): ((
  cheCluster: CheCluster,
  enable: boolean,
) => Promise<void>) => {
  const target = useClusterTarget();
  const patch = target.usePatchCheCluster();
  return React.useCallback(
    async (cheCluster: CheCluster, enable: boolean) => {
      await patch(cheCluster, buildTogglePatch(cheCluster, enable));
      target.toggles.record({
        namespace: cheCluster.metadata?.namespace ?? '',
        name: cheCluster.metadata?.name ?? '',
        enabled: enable,
        at: Date.now(),
      });
    },
    [patch, target],
  );
};

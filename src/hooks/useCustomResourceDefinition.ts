/**
 * Reads one CustomResourceDefinition with a single GET, not a watch.
 *
 * The CheCluster CRD is about 1 MB of JSON (the DevWorkspaceOperatorConfig one about 170 KB) and
 * the plugin needs one field of each schema. Watched through useK8sWatchResources, the console
 * keeps it in its store and hands the hook a fresh copy of it on every delivery of every other
 * watch of the same call: measured in the real 4.22 console, that cost ~180 ms of the ~700 ms
 * to the evaluated checklist. A CRD changes when its operator is upgraded, so it is read again when
 * `readAgainWhen` changes (the caller passes the operators' versions), and after a failed read.
 * The first read does not wait for those versions (`undefined` while they load): learning them
 * later is not a change. `needed: false` skips the read while the caller has the answer elsewhere.
 */
import * as React from 'react';
import { k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import type { ResourceState } from '../core/snapshot';
import { useRepeatedRead } from './useReadAgain';
import {
  CustomResourceDefinitionModel,
  type CustomResourceDefinition,
} from '../models/customResourceDefinition';
import { toK8sModel } from '../utils/k8sModel';
import { isNamedObject, stateFromLoadError } from '../utils/loadError';

const MODEL = toK8sModel(CustomResourceDefinitionModel);
/** A read that failed for another reason than 403/404 is tried again after this long. */
export const CRD_RETRY_MS = 10_000;

export const useCustomResourceDefinition = (
  name: string,
  readAgainWhen: string | undefined,
  needed = true,
): ResourceState<CustomResourceDefinition> => {
  const [state, setState] = React.useState<ResourceState<CustomResourceDefinition>>({
    state: 'loading',
  });
  const read = React.useCallback(
    async (live: () => boolean) => {
      if (!needed) return undefined;
      try {
        const crd = await k8sGet<CustomResourceDefinition>({ model: MODEL, name });
        if (live())
          setState(
            isNamedObject<CustomResourceDefinition>(crd)
              ? { state: 'loaded', data: crd }
              : { state: 'not-found' },
          );
        return undefined;
      } catch (err: unknown) {
        const next = stateFromLoadError(err);
        if (live()) setState(next);
        return next.state === 'error' ? CRD_RETRY_MS : undefined;
      }
    },
    [name, needed],
  );
  useRepeatedRead(read, readAgainWhen);

  return state;
};

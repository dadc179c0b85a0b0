/**
 * Reads the node-level platform objects once, all at the same time, instead of watching them: the
 * ClusterVersion, the FeatureGate, the ContainerRuntimeConfigs and MCO's two generated runc pins
 * (PLATFORM_READS in watches.ts). Each of them takes effect on the nodes only through a
 * MachineConfigPool rollout (MCO renders a new config and the pools update), so they are read
 * again when the pools' progress changes (the caller passes it, from the pools' watch), as the
 * Nodes are (useNodes.ts); after a failed read; and every PLATFORM_REFRESH_MS (hosted control
 * planes have no pools to tell).
 *
 * Why not watches: in the console every watch is a list, a WebSocket and a few store updates, and
 * every store update runs every subscriber of the console. In the real 4.20 console the time to the
 * answer grew by about 12 ms per watch (ARCHITECTURE.md); a one-shot read is an update of this
 * screen only, none of the console's store.
 */
import * as React from 'react';
import { k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import { isDict } from '../core/guards';
import { toK8sModel } from '../utils/k8sModel';
import { stateFromLoadError } from '../utils/loadError';
import { useRepeatedRead } from './useReadAgain';
import type { WatchResult, WatchResults } from './watchResults';
import type { ListRead } from './watches';

export const PLATFORM_REFRESH_MS = 5 * 60_000;
export const PLATFORM_RETRY_MS = 10_000;

/** One list read, as the watch's result would be once loaded (or failed). */
const readList = async ({ model, watch }: ListRead): Promise<WatchResult> => {
  try {
    const body: unknown = await k8sGet({
      model: toK8sModel(model),
      ns: watch.namespace,
      queryParams: {
        ...(watch.fieldSelector ? { fieldSelector: watch.fieldSelector } : {}),
        ...(watch.limit ? { limit: String(watch.limit) } : {}),
      },
    });
    const items = isDict(body) ? body.items : undefined;
    if (!Array.isArray(items)) throw new Error('The answer is not a list');
    return { data: items, loaded: true, loadError: undefined };
  } catch (loadError: unknown) {
    return { data: [], loaded: false, loadError };
  }
};

export const usePlatformReads = (
  specs: Readonly<Record<string, ListRead>>,
  readAgainWhen: string | undefined,
): WatchResults => {
  const [results, setResults] = React.useState<WatchResults>({});
  const read = React.useCallback(
    async (live: () => boolean) => {
      const keys = Object.keys(specs);
      // Each answer is shown as it comes: one slow read does not hold the others back.
      const answers = await Promise.all(
        keys.map(async (k) => {
          const r = await readList(specs[k]);
          if (live()) setResults((was) => ({ ...was, [k]: r }));
          return r;
        }),
      );
      // A refusal or an API that is not served stays so until something changes; an error may pass.
      return answers.some((r) => !r.loaded && stateFromLoadError(r.loadError).state === 'error')
        ? PLATFORM_RETRY_MS
        : PLATFORM_REFRESH_MS;
    },
    [specs],
  );
  useRepeatedRead(read, readAgainWhen);
  return results;
};

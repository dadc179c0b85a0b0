/**
 * What useK8sWatchResources returns, read as the core's ResourceState (403 → forbidden, 404 or an
 * unserved API → not-found, other failures → error), and the change keys other reads follow.
 */
import type { ResourceState } from '../core/snapshot';
import type { CheCluster } from '../models/cheCluster';
import type { ClusterServiceVersion } from '../models/clusterServiceVersion';
import type { MachineConfigPool } from '../models/machineConfigPool';
import { isNamedObject, isObjectList, stateFromWatch } from '../utils/loadError';

export type WatchResult = { data: unknown; loaded: boolean; loadError: unknown };
export type WatchResults = Record<string, WatchResult | undefined>;

export const asList = <T>(r: WatchResult | undefined): ResourceState<T[]> =>
  r ? stateFromWatch<T[]>(r.data, r.loaded, r.loadError, isObjectList) : { state: 'loading' };
/** Whether a watch or read has answered: with its data, or with why it has none (403, 404, …). */
const hasAnswered = (r: WatchResult | undefined): boolean => !!r && (r.loaded || !!r.loadError);

/**
 * Whether every read a screen started has answered: each key of each group of watch results (a
 * key not there yet has not), and each one-shot read.
 */
export const everyReadAnswered = (
  watches: readonly (readonly [WatchResults, readonly string[]])[],
  reads: readonly ResourceState<unknown>[],
): boolean =>
  watches.every(([results, keys]) => keys.every((k) => hasAnswered(results[k]))) &&
  reads.every((r) => r.state !== 'loading');

/** A named object watched as a one-name list: its only item, or not-found when the list is empty. */
export const asObject = <T>(r: WatchResult | undefined): ResourceState<T> => {
  const state = asList<unknown>(r);
  if (state.state !== 'loaded') return state;
  const item = state.data.find((o) => isNamedObject<T>(o));
  return item === undefined ? { state: 'not-found' } : { state: 'loaded', data: item };
};

/** Name and version of each CSV the watch holds, as one string; undefined until it answers. */
export const csvVersionsOf = (r: WatchResult | undefined): string | undefined => {
  const csvs = asList<ClusterServiceVersion>(r);
  if (csvs.state === 'loading' || csvs.state === 'error') return undefined;
  if (csvs.state !== 'loaded') return '';
  return csvs.data.map((c) => `${c.metadata?.name ?? ''}@${c.spec?.version ?? ''}`).join(',');
};

/**
 * The change key of the CheCluster CRD: the CheClusters' reported operator versions and the CSVs
 * (an upgrade of either replaces the CRD); undefined until both lists have answered.
 */
export const cheClusterCrdKeyOf = (
  cheClusters: ResourceState<CheCluster[]>,
  csvVersions: string | undefined,
): string | undefined =>
  cheClusters.state === 'loading' || cheClusters.state === 'error' || csvVersions === undefined
    ? undefined
    : `${(cheClusters.state === 'loaded' ? cheClusters.data : [])
        .map((cc) => cc.status?.cheVersion ?? '')
        .join(',')}|${csvVersions}`;

/**
 * How far each pool got, as one string; undefined until the watch answers. A node finishing its
 * update moves these counts, which is when the kubelets (useNodes.ts) are worth reading again.
 */
export const poolProgressOf = (r: WatchResult | undefined): string | undefined => {
  const pools = asList<MachineConfigPool>(r);
  if (pools.state === 'loading') return undefined;
  if (pools.state !== 'loaded') return pools.state;
  return pools.data
    .map(
      (p) =>
        `${p.metadata?.name ?? ''}:${String(p.spec?.paused ?? false)}:${p.status?.updatedMachineCount ?? '-'}/${p.status?.machineCount ?? '-'}:${p.status?.configuration?.name ?? ''}`,
    )
    .join(',');
};

/**
 * Reads a fleet without a watch storm: each cluster once (readCluster.ts), in the order given,
 * with at most `maxRequests` GETs in flight across the whole fleet (p-limit). A cluster's answer
 * is handed over as soon as it is in, so rows fill in while the rest are read; an unreachable or
 * refused cluster is its own row's answer and never holds up the others (its one request fails
 * or times out, and the next cluster takes the slot). A new `read` abandons the previous one.
 */
import pLimit from 'p-limit';
import type { ClusterRead } from '../core/fleet/fleetRow';
import type { FleetCluster } from './fleetClusters';
import type { ClusterGet } from './clusterReads';
import { keptCrds, readCluster, type KeptCrds } from './readCluster';

export const MAX_REQUESTS_IN_FLIGHT = 8;

export interface FleetReaderOptions {
  /** A GET on that cluster's API (the hub's own path for the hub, the cluster proxy otherwise). */
  getFor: (cluster: FleetCluster) => ClusterGet;
  onRead: (cluster: string, read: ClusterRead) => void;
  now: () => number;
  maxRequests?: number;
}

export interface FleetReader {
  /** Reads these clusters; resolves when every one has an answer or a newer read began. */
  read: (clusters: readonly FleetCluster[]) => Promise<void>;
  /** Abandons the current read: queued requests are dropped, answers in flight ignored. */
  stop: () => void;
}

class Abandoned extends Error {}

export const createFleetReader = (opts: FleetReaderOptions): FleetReader => {
  const max = opts.maxRequests ?? MAX_REQUESTS_IN_FLIGHT;
  // rejectOnClear: requests dropped by `stop` fail (and are ignored) rather than hang forever.
  const limit = pLimit({ concurrency: max, rejectOnClear: true });
  // As many clusters under way as requests may be in flight: their requests keep every slot busy,
  // and a cluster's second round does not wait behind the first request of every other cluster.
  const clustersUnderWay = pLimit({ concurrency: max, rejectOnClear: true });
  let generation = 0;
  // Each cluster's CRDs, kept from round to round for as long as the reader lives (the page).
  const crds = new Map<string, KeptCrds>();
  const crdsOf = (cluster: string): KeptCrds => {
    const kept = crds.get(cluster) ?? keptCrds();
    crds.set(cluster, kept);
    return kept;
  };

  const stop = () => {
    generation++;
    limit.clearQueue();
    clustersUnderWay.clearQueue();
  };

  const read = async (clusters: readonly FleetCluster[]) => {
    stop();
    const mine = generation;
    const current = () => mine === generation;
    const readOne = async (cluster: FleetCluster) => {
      if (cluster.unavailable) {
        opts.onRead(cluster.name, {
          kind: 'failed',
          readAt: opts.now(),
          failure: 'not-available',
          message: cluster.unavailable,
        });
        return;
      }
      const get = opts.getFor(cluster);
      const limited: ClusterGet = (path, accept) =>
        limit(() => (current() ? get(path, accept) : Promise.reject(new Abandoned())));
      const answer = await readCluster(limited, opts.now, crdsOf(cluster.name));
      if (current()) opts.onRead(cluster.name, answer);
    };
    // Both queues are first in, first out: clusters are answered in the order given.
    await Promise.allSettled(
      clusters.map((c) => clustersUnderWay(() => (current() ? readOne(c) : undefined))),
    );
  };

  return { read, stop };
};

/**
 * The fleet page's data: the hub's name (ACM's `/hub`, through the multicluster SDK), the
 * ManagedClusters the user may see (one list watch on the hub's clusterview API, as the SDK's
 * useFleetClusterNames does), and one one-shot read per cluster (fleetReader.ts). Clusters are
 * read again when the list changes, every FLEET_REFRESH_MS, and on request; until a cluster
 * answers again its row keeps its last answer and the time it was read.
 */
import * as React from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { useHubClusterName } from '@stolostron/multicluster-sdk/lib/api/useHubClusterName';
import { fleetRow, type ClusterRead, type FleetRow } from '../core/fleet/fleetRow';
import type { ManagedCluster } from '../models/managedCluster';
import { clusterGetFor } from './fleetApi';
import { fleetClusters, type FleetCluster } from './fleetClusters';
import { createFleetReader } from './fleetReader';
import { MANAGED_CLUSTERS } from './managedClustersWatch';

export const FLEET_REFRESH_MS = 5 * 60_000;

const NO_CLUSTERS: ManagedCluster[] = [];

export interface FleetData {
  /** The hub's name and the cluster list are in. */
  loaded: boolean;
  /** Why the cluster list cannot be had (the rows cannot be listed at all). */
  error?: unknown;
  clusters: FleetCluster[];
  rows: FleetRow[];
  reads: ReadonlyMap<string, ClusterRead>;
  /** Clusters without an answer yet in this round. */
  reading: number;
  refresh: () => void;
}

/** A cluster's last answer and the round of reads it came from. */
interface Answer {
  read: ClusterRead;
  round: number;
}

/** Answers arrive one by one; the table renders them once per frame, not once per cluster. */
const useBatchedAnswers = () => {
  const [answers, setAnswers] = React.useState<ReadonlyMap<string, Answer>>(new Map());
  const pending = React.useRef(new Map<string, Answer>());
  const frame = React.useRef<number | undefined>(undefined);
  const add = React.useCallback((cluster: string, answer: Answer) => {
    pending.current.set(cluster, answer);
    frame.current ??= requestAnimationFrame(() => {
      frame.current = undefined;
      const batch = pending.current;
      pending.current = new Map();
      setAnswers((prev) => new Map([...prev, ...batch]));
    });
  }, []);
  React.useEffect(
    () => () => {
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return [answers, add] as const;
};

export const useFleet = (): FleetData => {
  // Both hooks type their error as `any`; it is only passed on.
  const hub: readonly [string | undefined, boolean, unknown] = useHubClusterName();
  const watched: readonly [ManagedCluster[], boolean, unknown] =
    useK8sWatchResource<ManagedCluster[]>(MANAGED_CLUSTERS);
  const [hubName, hubLoaded, hubError] = hub;
  const [managed, managedLoaded, managedError] = watched;
  const [answers, addAnswer] = useBatchedAnswers();
  const [round, setRound] = React.useState(0);
  const roundNow = React.useRef(round);
  roundNow.current = round;

  const loaded = hubLoaded && !!hubName && managedLoaded;
  const list = managedLoaded && Array.isArray(managed) ? managed : NO_CLUSTERS;
  const clusters = React.useMemo(
    () => (loaded && hubName ? fleetClusters(hubName, list) : []),
    [loaded, hubName, list],
  );
  // Read again when a cluster comes, goes or changes availability, not on every status heartbeat.
  const clustersKey = clusters.map((c) => `${c.name}:${c.unavailable ?? ''}`).join('\n');

  const reader = React.useMemo(
    () =>
      createFleetReader({
        getFor: (cluster) => clusterGetFor(cluster.name),
        onRead: (cluster, read) => addAnswer(cluster, { read, round: roundNow.current }),
        now: Date.now,
      }),
    [addAnswer],
  );
  React.useEffect(() => () => reader.stop(), [reader]);

  const latest = React.useRef(clusters);
  latest.current = clusters;
  React.useEffect(() => {
    if (!clustersKey) return undefined;
    void reader.read(latest.current);
    const next = setTimeout(() => setRound((r) => r + 1), FLEET_REFRESH_MS);
    return () => clearTimeout(next);
  }, [clustersKey, round, reader]);

  const reads = React.useMemo(
    () => new Map([...answers].map(([name, a]) => [name, a.read])),
    [answers],
  );
  // A row is built once per answer: unchanged rows stay the same objects, so the table renders
  // only the rows a frame's answers changed (FleetTable's rows are memoized).
  const rowOf = React.useRef(new WeakMap<ClusterRead, FleetRow>()).current;
  const pending = React.useRef(new Map<string, FleetRow>()).current;
  const rows = React.useMemo(
    () =>
      clusters.map((c) => {
        const read = reads.get(c.name);
        if (!read) {
          const row = pending.get(c.name) ?? fleetRow(c.name, c.hub, { kind: 'pending' });
          pending.set(c.name, row);
          return row;
        }
        const row = rowOf.get(read) ?? fleetRow(c.name, c.hub, read);
        rowOf.set(read, row);
        return row;
      }),
    [clusters, reads, rowOf, pending],
  );
  return {
    loaded,
    // The console's watch hook reports no error as '' (falsy), not undefined.
    error: hubError || managedError || undefined,
    clusters,
    rows,
    reads,
    reading: clusters.filter((c) => answers.get(c.name)?.round !== round).length,
    refresh: () => setRound((r) => r + 1),
  };
};

import { describe, expect, it } from 'vitest';
import { isDiscoveryPath, refusedDiscovery } from '../../integration-tests/cluster/discovery';
import type { ClusterRead } from '../core/fleet/fleetRow';
import type { FleetCluster } from './fleetClusters';
import { createFleetReader, MAX_REQUESTS_IN_FLIGHT } from './fleetReader';
import type { ClusterGet } from './clusterReads';

/** A cluster that answers every read on the next turn of the event loop: OpenShift, no Dev Spaces. */
const quietCluster =
  (track: { inFlight: number; most: number }): ClusterGet =>
  async (path) => {
    track.inFlight++;
    track.most = Math.max(track.most, track.inFlight);
    await new Promise((r) => setImmediate(r));
    track.inFlight--;
    if (isDiscoveryPath(path)) return refusedDiscovery(path);
    if (path.includes('/customresourcedefinitions/'))
      throw Object.assign(new Error('not found'), { response: { status: 404 } });
    return { kind: 'List', items: [] };
  };

const clusters = (n: number): FleetCluster[] =>
  Array.from({ length: n }, (_, i) => ({ name: `c${i}`, hub: i === 0 }));

describe('createFleetReader', () => {
  it('answers every cluster, in order, with at most 8 requests in flight', async () => {
    const track = { inFlight: 0, most: 0 };
    const answers: string[] = [];
    const reader = createFleetReader({
      getFor: () => quietCluster(track),
      onRead: (name, read) => {
        expect(read.kind).toBe('answered');
        answers.push(name);
      },
      now: () => 0,
    });
    await reader.read(clusters(40));
    expect(answers).toHaveLength(40);
    expect(track.most).toBe(MAX_REQUESTS_IN_FLIGHT);
    // First in, first out: the first cluster answers first and the last one last.
    expect(answers[0]).toBe('c0');
    expect(answers[39]).toBe('c39');
  });

  it('does not let an unreachable cluster or one ACM reports unavailable hold up the others', async () => {
    const track = { inFlight: 0, most: 0 };
    const reads = new Map<string, ClusterRead>();
    let unreachableAsked = 0;
    const reader = createFleetReader({
      getFor: (c) =>
        c.name === 'down'
          ? () => {
              unreachableAsked++;
              return Promise.reject(
                Object.assign(new Error('Bad Gateway'), { response: { status: 502 } }),
              );
            }
          : quietCluster(track),
      onRead: (name, read) => reads.set(name, read),
      now: () => 0,
    });
    await reader.read([
      { name: 'down', hub: false },
      { name: 'gone', hub: false, unavailable: 'ManagedClusterConditionAvailable: Unknown' },
      ...clusters(3),
    ]);
    expect(reads.get('down')).toMatchObject({ kind: 'failed', failure: 'unreachable' });
    expect(unreachableAsked).toBe(1);
    expect(reads.get('gone')).toMatchObject({ kind: 'failed', failure: 'not-available' });
    expect([...reads.values()].filter((r) => r.kind === 'answered')).toHaveLength(3);
  });

  it('abandons a read when a new one starts: no answer of the old one arrives after', async () => {
    const track = { inFlight: 0, most: 0 };
    const answers: string[] = [];
    const reader = createFleetReader({
      getFor: () => quietCluster(track),
      onRead: (name) => answers.push(name),
      now: () => 0,
    });
    const first = reader.read(clusters(30).map((c) => ({ ...c, name: `old-${c.name}` })));
    const second = reader.read(clusters(2));
    await Promise.all([first, second]);
    expect(answers.slice(-2)).toEqual(['c0', 'c1']);
    expect(answers.filter((a) => a.startsWith('old-'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { managedClusterObject } from '../../integration-tests/real-console/acmHub';
import type { ManagedCluster } from '../models/managedCluster';
import { apiServerUrlOf, fleetClusters } from './fleetClusters';

/** A ManagedCluster as the registration agent and the cluster-proxy add-on leave it (acmHub.ts). */
const managed = (name: string, created: string): ManagedCluster =>
  managedClusterObject({ name, created, scenario: '' });

describe('fleetClusters', () => {
  it('puts the hub first, then the managed clusters newest first', () => {
    const hub = managed('local-cluster', '2025-01-01T00:00:00Z');
    hub.metadata!.labels!['local-cluster'] = 'true';
    const out = fleetClusters('local-cluster', [
      managed('old', '2025-02-01T00:00:00Z'),
      hub,
      managed('new', '2026-11-01T00:00:00Z'),
    ]);
    expect(out).toEqual([
      { name: 'local-cluster', hub: true },
      {
        name: 'new',
        hub: false,
        consoleUrl: 'https://console-openshift-console.apps.new.example.com',
      },
      {
        name: 'old',
        hub: false,
        consoleUrl: 'https://console-openshift-console.apps.old.example.com',
      },
    ]);
  });

  it('lists a hub that does not manage itself, and says why a cluster is not read', () => {
    const lost = managed('lost', '2026-01-01T00:00:00Z');
    lost.status!.conditions![2] = {
      type: 'ManagedClusterConditionAvailable',
      status: 'Unknown',
      reason: 'ManagedClusterLeaseUpdateStopped',
      message: 'Registration agent stopped updating its lease.',
    };
    const noProxy = managed('no-proxy', '2026-02-01T00:00:00Z');
    delete noProxy.metadata!.labels!['feature.open-cluster-management.io/addon-cluster-proxy'];
    const out = fleetClusters('hub', [lost, noProxy]);
    expect(out[0]).toEqual({ name: 'hub', hub: true });
    expect(out[1].unavailable).toContain('addon-cluster-proxy: not installed');
    expect(out[2].unavailable).toBe(
      'ManagedClusterConditionAvailable: Unknown (Registration agent stopped updating its lease.)',
    );
  });

  it("gives the API server the cluster's registration agent reports, for oc login", () => {
    const mc = managed('edge-7', '2026-01-01T00:00:00Z');
    expect(apiServerUrlOf(mc)).toBe('https://api.edge-7.example.com:6443');
    mc.spec = { hubAcceptsClient: true };
    expect(apiServerUrlOf(mc)).toBeUndefined();
    expect(apiServerUrlOf(undefined)).toBeUndefined();
  });
});

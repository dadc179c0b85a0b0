import { describe, expect, it } from 'vitest';
import { RESOURCE_ENTRIES } from '../resources';
import { checksReadingEach } from './resourceReaders';

describe('which checks each resource the page reads decides', () => {
  const readers = checksReadingEach();

  it.each(RESOURCE_ENTRIES.map(([key]) => key))('%s decides at least one check', (key) => {
    expect(readers[key]).not.toEqual([]);
  });

  it('names the checks an administrator would expect for the platform reads', () => {
    expect(readers.clusterVersion).toEqual(['cluster-version', 'feature-gates']);
    expect(readers.featureGate).toEqual(['feature-gates', 'feature-set']);
    expect(readers.containerRuntimeConfigs).toEqual(['container-runtime']);
    expect(readers.runtimeOverrides).toEqual(['container-runtime']);
    expect(readers.nodes).toEqual(['workspace-nodes']);
    expect(readers.machineConfigPools).toEqual(['workspace-nodes']);
    expect(readers.sccs).toEqual(['run-scc']);
    expect(readers.devWorkspaceControllerPods).toEqual(['scc-rbac']);
    expect(readers.workspacePods).toEqual([
      'root-on-host',
      'workspace-pod-config',
      'workspace-user-namespaces',
    ]);
  });

  it('every check depends on the CheCluster list (no CheCluster: nothing to say)', () => {
    expect(readers.cheClusters).toContain('devspaces-installed');
    expect(readers.cheClusters.length).toBeGreaterThan(15);
  });
});

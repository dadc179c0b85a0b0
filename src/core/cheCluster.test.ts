import { describe, expect, it } from 'vitest';
import { flavorOf, isRequestedEnabled, runSccName, userClusterRoleName } from './cheCluster';
import { cheCluster } from './testing/builders';
import type { CheCluster } from '../models/cheCluster';

describe('CheCluster facts', () => {
  it.each([
    ['devspaces', 'openshift-devspaces', 'devspaces'],
    ['my-ide', 'openshift-devspaces', 'devspaces'],
    ['devspaces', 'tools', 'devspaces'],
    ['eclipse-che', 'eclipse-che', 'che'],
  ])('flavor of %s/%s is %s', (name, namespace, flavor) => {
    expect(flavorOf(cheCluster({ name, namespace }))).toBe(flavor);
    expect(userClusterRoleName(flavorOf(cheCluster({ name, namespace })))).toBe(
      `${flavor}-user-container-run`,
    );
  });

  it('reads the negative switch: only an explicit false is on', () => {
    expect(isRequestedEnabled(cheCluster({ enabled: true }))).toBe(true);
    expect(isRequestedEnabled(cheCluster({ enabled: false }))).toBe(false);
    expect(isRequestedEnabled(cheCluster())).toBe(false);
    const wrongType = { spec: { devEnvironments: { disableContainerRunCapabilities: 'false' } } };
    expect(isRequestedEnabled(wrongType as unknown as CheCluster)).toBe(false);
  });

  it('uses the configured run SCC, else the CRD default container-run', () => {
    expect(runSccName(cheCluster({ runScc: 'nested-podman' }))).toBe('nested-podman');
    expect(runSccName(cheCluster())).toBe('container-run');
    expect(runSccName(null)).toBe('container-run');
  });
});

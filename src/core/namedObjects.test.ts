import { describe, expect, it } from 'vitest';
import { namesFor } from './namedObjects';
import { cheCluster } from './testing/builders';

describe('namesFor: the objects the CheClusters name', () => {
  it('no CheCluster: nothing to watch', () => {
    expect(namesFor([])).toEqual({
      sccs: [],
      dwocNamespaces: [],
      clusterRoles: [],
      clusterRoleBindings: [],
      userRoleBindings: [],
      switchedOn: false,
    });
  });

  it('Dev Spaces and Eclipse Che side by side: each flavour’s role, one DWO role, sorted', () => {
    const che = cheCluster({
      name: 'eclipse-che',
      namespace: 'eclipse-che',
      runScc: 'nested-podman',
      enabled: true,
    });
    const devspaces = cheCluster({ enabled: true });
    devspaces.spec!.devEnvironments!.containerBuildConfiguration = {
      openShiftSecurityContextConstraint: 'container-build',
    };
    expect(namesFor([devspaces, che])).toEqual({
      // The run SCC is the CRD default when the field is absent.
      sccs: ['container-build', 'container-run', 'nested-podman'],
      dwocNamespaces: ['eclipse-che', 'openshift-devspaces'],
      clusterRoles: [
        'che-user-container-run',
        'dev-workspace-container-run',
        'devspaces-user-container-run',
      ],
      clusterRoleBindings: ['dev-workspace-container-run'],
      userRoleBindings: ['che-user-container-run', 'devspaces-user-container-run'],
      switchedOn: true,
    });
  });

  it('switch off: the SCCs and the DWOC, none of what only scc-rbac reads (it is n/a while off)', () => {
    // The field absent is the CRD default (true: off), as on a fresh install.
    for (const off of [cheCluster(), cheCluster({ enabled: false })])
      expect(namesFor([off])).toEqual({
        sccs: ['container-run'],
        dwocNamespaces: ['openshift-devspaces'],
        clusterRoles: [],
        clusterRoleBindings: [],
        userRoleBindings: [],
        switchedOn: false,
      });
  });

  it('one CheCluster on and one off: only the one that is on names its flavour’s role', () => {
    const devspaces = cheCluster({ enabled: true });
    const che = cheCluster({ name: 'eclipse-che', namespace: 'eclipse-che', enabled: false });
    const names = namesFor([devspaces, che]);
    expect(names.clusterRoles).toEqual([
      'dev-workspace-container-run',
      'devspaces-user-container-run',
    ]);
    expect(names.clusterRoleBindings).toEqual(['dev-workspace-container-run']);
    expect(names.userRoleBindings).toEqual(['devspaces-user-container-run']);
    expect(names.dwocNamespaces).toEqual(['eclipse-che', 'openshift-devspaces']);
    expect(names.switchedOn).toBe(true);
  });

  it('the same CheClusters in another order give the same names (the watches do not restart)', () => {
    const a = cheCluster({ name: 'a', namespace: 'ns-a' });
    const b = cheCluster({ name: 'b', namespace: 'ns-b', runScc: 'custom' });
    expect(namesFor([a, b])).toEqual(namesFor([b, a]));
  });
});

import { describe, expect, it } from 'vitest';
import { namesFor } from '../core';
import { cheCluster } from '../core/testing/builders';
import { LIST_LIMIT, PRIMARY_WATCHES, SWITCHED_ON_WATCHES, secondaryWatches } from './watches';

// The console reports a list watch loaded after its first page (watchK8sList pages by 250 unless the
// watch sets `limit`): a check judging a part of the list is a false alarm on a large cluster.
describe('the watches the checks judge', () => {
  it('reads every cluster-wide list in one page', () => {
    for (const [key, watch] of Object.entries({ ...PRIMARY_WATCHES, ...SWITCHED_ON_WATCHES })) {
      expect({ key, limit: watch.limit }).toEqual({ key, limit: LIST_LIMIT });
    }
  });

  it('reads every per-name list in one page, RoleBindings across all namespaces included', () => {
    const watches = secondaryWatches({
      sccs: ['container-run', 'container-build'],
      dwocNamespaces: ['openshift-devspaces'],
      clusterRoles: ['devspaces-user-container-run'],
      clusterRoleBindings: ['container-run-clusterrolebinding'],
      userRoleBindings: ['devspaces-user-container-run'],
      switchedOn: true,
    });
    // The six named objects, the user namespaces and the DevWorkspace controller's pods.
    expect(Object.keys(watches)).toHaveLength(8);
    for (const [key, watch] of Object.entries(watches)) {
      expect({ key, limit: watch.limit, isList: watch.isList }).toEqual({
        key,
        limit: LIST_LIMIT,
        isList: true,
      });
    }
  });

  it('switch off everywhere: the SCC and the DWOC only, no list that only scc-rbac reads', () => {
    const watches = secondaryWatches(namesFor([cheCluster({ enabled: false })]));
    expect(Object.keys(watches).sort()).toEqual(['dwoc/openshift-devspaces', 'scc/container-run']);
  });
});

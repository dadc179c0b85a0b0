import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import {
  k8sGet,
  useK8sWatchResources,
  type QueryParams,
  type ResourcesObject,
  type WatchK8sResource,
  type WatchK8sResources,
  type WatchK8sResults,
} from '@openshift-console/dynamic-plugin-sdk';
import { forbidden, loaded, LOADING, NOT_FOUND } from '../core/snapshot';
import { cheCluster, offSnapshot, onSnapshot } from '../core/testing/builders';
import {
  httpError,
  installCluster,
  watchCalls,
  settleReads,
} from '../components/testing/fakeConsole';
import { clearRecentToggles, recordToggle } from './recentToggles';
import { useNestedContainersSnapshot } from './useNestedContainersSnapshot';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../components/testing/sdkMock'));

afterEach(() => clearRecentToggles());

const allSpecs = () => watchCalls.flat();

describe('useNestedContainersSnapshot: what it watches', () => {
  it('watches workspace pods by the devworkspace_id label and the DWO controller by its labels, never every pod', async () => {
    installCluster(onSnapshot());
    renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    const pods = allSpecs().filter((s) => s.groupVersionKind?.kind === 'Pod');
    // Every render asks again with the same specs: two distinct ones, both by label.
    expect(new Set(pods.map((s) => JSON.stringify(s.selector))).size).toBe(2);
    for (const spec of pods)
      expect([
        {
          matchExpressions: [{ key: 'controller.devfile.io/devworkspace_id', operator: 'Exists' }],
        },
        {
          matchLabels: {
            'app.kubernetes.io/name': 'devworkspace-controller',
            'app.kubernetes.io/part-of': 'devworkspace-operator',
          },
        },
      ]).toContainEqual(spec.selector);
  });

  it('watches user namespaces by label and their RoleBindings with one watch across namespaces', async () => {
    installCluster(onSnapshot());
    renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    const specs = allSpecs();
    const namespaces = specs.filter((s) => s.groupVersionKind?.kind === 'Namespace');
    expect(namespaces.length).toBeGreaterThan(0);
    for (const spec of namespaces)
      expect(spec.selector).toEqual({
        matchLabels: {
          'app.kubernetes.io/part-of': 'che.eclipse.org',
          'app.kubernetes.io/component': 'workspaces-namespace',
        },
      });
    const bindings = specs.filter((s) => s.groupVersionKind?.kind === 'RoleBinding');
    expect(bindings.length).toBeGreaterThan(0);
    for (const spec of bindings) {
      expect(spec).toMatchObject({
        isList: true,
        fieldSelector: 'metadata.name=devspaces-user-container-run',
      });
      expect(spec.namespace).toBeUndefined();
    }
    expect(specs.find((s) => s.groupVersionKind?.kind === 'ClusterRoleBinding')).toMatchObject({
      isList: true,
      fieldSelector: 'metadata.name=dev-workspace-container-run',
    });
  });

  it('switch off: no watch of what only scc-rbac reads; turning the switch on opens them', async () => {
    installCluster(offSnapshot());
    const { result, rerender } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    const rbacKinds = ['ClusterRole', 'ClusterRoleBinding', 'RoleBinding', 'Namespace'];
    const rbacSpecs = () =>
      allSpecs().filter(
        (s) =>
          rbacKinds.includes(s.groupVersionKind?.kind ?? '') ||
          s.selector?.matchLabels?.['app.kubernetes.io/name'] === 'devworkspace-controller',
      );
    expect(rbacSpecs()).toEqual([]);
    const sccRbac = () =>
      result.current.report.cheClusterReports[0].checks.find((c) => c.id === 'scc-rbac');
    expect(sccRbac()).toMatchObject({ status: 'na', reason: 'feature-off' });

    // The CheCluster's watch delivers the switch turned on, and che-operator's objects.
    installCluster(onSnapshot());
    rerender();
    await settleReads();
    expect(
      rbacSpecs()
        .map((s) => `${s.groupVersionKind?.kind} ${s.fieldSelector ?? ''}`)
        .sort(),
    ).toEqual(
      expect.arrayContaining([
        'ClusterRole metadata.name=dev-workspace-container-run',
        'ClusterRole metadata.name=devspaces-user-container-run',
        'ClusterRoleBinding metadata.name=dev-workspace-container-run',
        'RoleBinding metadata.name=devspaces-user-container-run',
        'Namespace ',
        'Pod ',
      ]),
    );
    expect(sccRbac()).toMatchObject({ status: 'pass', reason: 'cluster-role-ok' });
  });

  it('opens the named singletons and the all-namespace lists', async () => {
    installCluster(offSnapshot());
    renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    const specs = allSpecs();
    const find = (kind: string) => specs.find((s) => s.groupVersionKind?.kind === kind);
    // Single objects are one-name list watches, which the console does not poll.
    expect(find('SecurityContextConstraints')).toMatchObject({
      isList: true,
      fieldSelector: 'metadata.name=container-run',
    });
    // The platform objects are not watched: one list read each (usePlatformReads.ts).
    for (const kind of ['ClusterVersion', 'FeatureGate', 'ContainerRuntimeConfig', 'MachineConfig'])
      expect(find(kind)).toBeUndefined();
    const platformReads = vi
      .mocked(k8sGet)
      .mock.calls.map(([o]) => o as { model: { kind: string }; queryParams?: QueryParams })
      .filter((o) => o.model.kind !== 'Node' && o.model.kind !== 'CustomResourceDefinition')
      .map((o) => `${o.model.kind} ${String(o.queryParams?.fieldSelector ?? '')}`)
      .sort();
    expect(platformReads).toEqual([
      'ClusterVersion metadata.name=version',
      'ContainerRuntimeConfig ',
      'FeatureGate metadata.name=cluster',
      'MachineConfig metadata.name=00-override-master-generated-crio-default-container-runtime',
      'MachineConfig metadata.name=00-override-worker-generated-crio-default-container-runtime',
    ]);
    // The CRDs are read with one GET each, not watched; the Nodes with one list (their table).
    expect(find('CustomResourceDefinition')).toBeUndefined();
    expect(find('Node')).toBeUndefined();
    expect(
      vi
        .mocked(k8sGet)
        .mock.calls.map(([o]) => {
          const get = o as { name?: string; model: { kind: string } };
          return get.name ?? `${get.model.kind} list`;
        })
        .filter(
          (r) => !/^(ClusterVersion|FeatureGate|ContainerRuntimeConfig|MachineConfig) /.test(r),
        )
        .sort(),
    ).toEqual([
      'Node list',
      'checlusters.org.eclipse.che',
      'devworkspaceoperatorconfigs.controller.devfile.io',
    ]);
    for (const s of specs) expect(s.name).toBeUndefined();
    expect(find('CheCluster')).toMatchObject({ isList: true });
    expect(find('CheCluster')?.namespace).toBeUndefined();
    expect(find('DevWorkspace')).toMatchObject({ isList: true });
  });

  it('derives the second-stage watches from each CheCluster: its SCC, DWOC and ClusterRole', async () => {
    installCluster(
      offSnapshot({
        cheClusters: loaded([
          cheCluster({ runScc: 'my-run-scc', enabled: true }),
          cheCluster({ name: 'eclipse-che', namespace: 'eclipse-che', enabled: true }),
        ]),
      }),
    );
    const { result } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    const specs: WatchK8sResource[] = allSpecs();
    const named = (kind: string) =>
      specs
        .filter((s) => s.groupVersionKind?.kind === kind)
        .map((s) => `${s.namespace ?? ''}/${s.fieldSelector?.replace('metadata.name=', '') ?? ''}`)
        .sort();
    expect(named('SecurityContextConstraints')).toEqual(
      expect.arrayContaining(['/container-run', '/my-run-scc']),
    );
    expect(named('DevWorkspaceOperatorConfig')).toEqual(
      expect.arrayContaining([
        'eclipse-che/devworkspace-config',
        'openshift-devspaces/devworkspace-config',
      ]),
    );
    expect(named('ClusterRole')).toEqual(
      expect.arrayContaining(['/che-user-container-run', '/devspaces-user-container-run']),
    );
    expect(Object.keys(result.current.snapshot.sccs).sort()).toEqual([
      'container-run',
      'my-run-scc',
    ]);
  });
});

describe('useNestedContainersSnapshot: load errors become snapshot states', () => {
  const withResults = (
    results: Record<string, { data: unknown; loaded: boolean; loadError: unknown }>,
    cluster: Parameters<typeof offSnapshot>[0] = {},
  ) => {
    installCluster(offSnapshot(cluster));
    const base = vi.mocked(useK8sWatchResources).getMockImplementation()!;
    vi.mocked(useK8sWatchResources).mockImplementation(
      <R extends ResourcesObject>(resources: WatchK8sResources<R>): WatchK8sResults<R> => {
        // A new results object, as the console's hook gives when a watch's state changes.
        const out = { ...(base(resources) as Record<string, unknown>) };
        for (const key of Object.keys(resources)) if (results[key]) out[key] = results[key];
        return out as WatchK8sResults<R>;
      },
    );
  };

  it('403 is forbidden, an unserved API is not-found, anything else is an error', async () => {
    // Watched: the console's watch results. Read once (the platform objects): the GET's answer.
    withResults(
      {
        machineConfigPools: {
          data: [],
          loaded: true,
          loadError: Object.assign(new Error('Model does not exist'), { name: 'NoModelError' }),
        },
        devWorkspaces: { data: [], loaded: false, loadError: httpError(500, 'etcd timeout') },
        userNamespaces: { data: [], loaded: false, loadError: undefined },
      },
      { clusterVersion: forbidden('no'), containerRuntimeConfigs: NOT_FOUND, featureGate: LOADING },
    );
    const { result } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    const s = result.current.snapshot;
    expect(s.clusterVersion).toEqual({ state: 'forbidden', message: 'no' });
    expect(s.containerRuntimeConfigs).toEqual({ state: 'not-found' });
    expect(s.machineConfigPools).toEqual({ state: 'not-found' });
    expect(s.devWorkspaces).toEqual({ state: 'error', message: 'etcd timeout', status: 500 });
    expect(s.featureGate).toEqual({ state: 'loading' });
    expect(s.userNamespaces).toEqual({ state: 'loading' });
    // The core turns them into checks that say so, rather than a spinner.
    const version = result.current.report.checks.find((c) => c.id === 'cluster-version');
    expect(version?.status).toBe('unknown');
    expect(version?.reason).toBe('forbidden');
  });
});

describe('useNestedContainersSnapshot: a watch that re-lists', () => {
  /** Replaces some watch results with what the console reports during a failed re-list. */
  const relisting = (
    keys: string[],
    result: { data: unknown; loaded: boolean; loadError: unknown },
  ) => {
    const base = vi.mocked(useK8sWatchResources).getMockImplementation()!;
    vi.mocked(useK8sWatchResources).mockImplementation(
      <R extends ResourcesObject>(resources: WatchK8sResources<R>): WatchK8sResults<R> => {
        // A new results object, as the console's hook gives when a watch's state changes.
        const out = { ...(base(resources) as Record<string, unknown>) };
        for (const key of Object.keys(resources)) if (keys.includes(key)) out[key] = result;
        return out as WatchK8sResults<R>;
      },
    );
  };

  it('keeps the verdict and the second-stage watches while lists fail to re-list', async () => {
    installCluster(offSnapshot());
    const { result, rerender } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    const before = result.current.report.verdict;
    expect(before).toBe('ready-with-warnings');
    // The console keeps the old data and sets loadError when a re-list fails (errored action).
    relisting(
      [
        'cheClusters',
        'devWorkspaces',
        'workspacePods',
        'devWorkspaceOperatorCsvs',
        'scc/container-run',
      ],
      {
        data: [],
        loaded: true,
        loadError: httpError(503, 'the server is currently unable to handle the request'),
      },
    );
    watchCalls.length = 0;
    rerender();
    expect(result.current.report.verdict).toBe(before);
    expect(result.current.snapshot.cheClusters.state).toBe('loaded');
    expect(result.current.snapshot.devWorkspaceOperatorCsvs.state).toBe('loaded');
    // The SCC, DWOC and ClusterRole watches stay open: the CheCluster names did not vanish.
    expect(allSpecs().some((s) => s.groupVersionKind?.kind === 'SecurityContextConstraints')).toBe(
      true,
    );
  });

  it('keeps the verdict while a restarted watch is loading again', async () => {
    installCluster(offSnapshot());
    const { result, rerender } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    const before = result.current.report.verdict;
    relisting(['devWorkspaceOperatorCsvs', 'devWorkspaces'], {
      data: [],
      loaded: false,
      loadError: undefined,
    });
    rerender();
    expect(result.current.report.verdict).toBe(before);
  });

  it('a 403 after a re-list is a real answer: the check says so', async () => {
    installCluster(offSnapshot());
    const { result, rerender } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    relisting(['devWorkspaces'], { data: [], loaded: true, loadError: httpError(403, 'no') });
    rerender();
    expect(result.current.snapshot.devWorkspaces).toEqual({ state: 'forbidden', message: 'no' });
  });
});

describe('useNestedContainersSnapshot: toggles made in this session', () => {
  it('passes them to the core and forgets one once its CheCluster reached the state', async () => {
    installCluster(offSnapshot());
    recordToggle({ namespace: 'openshift-devspaces', name: 'devspaces', enabled: false, at: 1 });
    const { result } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    // The CheCluster is off, as requested: the toggle is done and dropped.
    expect(result.current.report.cheClusterReports[0].featureState).toBe('disabled');
    expect(result.current.snapshot.recentToggles).toEqual([]);
  });
});

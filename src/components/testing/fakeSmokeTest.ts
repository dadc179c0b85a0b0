/**
 * Test-only: the smoke-test pod's life behind the mocked SDK, on top of installCluster. The plugin's
 * own pod (buildSmokeTestPod) is stored on k8sCreate as SCC admission would record it, served to the
 * smoke-test watch, ended by the test (`finish`) with the status and log the kubelet and the
 * developer image would give (the simulated cluster's integration-tests/cluster/smokePods.ts plays
 * the same life over HTTP), read back through pods/log, and removed on k8sDelete. Watches
 * re-render when the pod changes, as the console's store does.
 */
import * as React from 'react';
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import {
  consoleFetchText,
  k8sCreate,
  k8sDelete,
  useK8sWatchResources,
} from '@openshift-console/dynamic-plugin-sdk';
import { SMOKE_TEST_CONTAINER } from '../../core/smoke-test';
import type { Pod } from '../../models/pod';

const NODE = 'worker-0.cluster.example.com';
const POD_UID_MAP = '0 1481179136 65536';

/** What the script prints up to the nested run (devices present, overlay storage). */
const FACTS = [
  'Running in a user namespace',
  `smoke-test: uid-map ${POD_UID_MAP};`,
  'smoke-test: dev-fuse present',
  'smoke-test: dev-net-tun present',
  'smoke-test: storage-driver overlay',
];

/** The nested run: podman's own output for a working image, and for one without the subuid fix. */
export const SMOKE_RUNS = {
  passed: {
    exitCode: 0,
    log: [
      ...FACTS,
      '0 1000 1',
      '1 1001 64535',
      'smoke-test: inner-uid-map 0 1000 1;1 1001 64535;',
      'smoke-test: inner-exit 0',
    ],
  },
  newuidmap: {
    exitCode: 125,
    log: [
      ...FACTS,
      'Error: cannot set up namespace using "/usr/bin/newuidmap": exit status 1',
      'newuidmap: write to uid_map failed: Invalid argument',
      'smoke-test: inner-exit 125',
    ],
  },
} as const;

export interface FakeSmokeTest {
  /** The pods the plugin created, as stored. */
  created: () => Pod[];
  /** Pods still stored (not deleted). */
  stored: () => Pod[];
  /** The container ran to its end with this run's log and exit code. */
  finish: (run: keyof typeof SMOKE_RUNS) => Promise<void>;
}

/** Call after installCluster: wraps its watch mock with the smoke-test pods and events. */
export const installSmokeTest = (runScc = 'container-run'): FakeSmokeTest => {
  const base = vi.mocked(useK8sWatchResources).getMockImplementation();
  const pods = new Map<string, Pod>();
  const created: Pod[] = [];
  let log = '';
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version += 1;
    listeners.forEach((l) => l());
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };

  vi.mocked(useK8sWatchResources).mockImplementation((resources) => {
    React.useSyncExternalStore(subscribe, () => version);
    const out = (base?.(resources) ?? {}) as Record<string, unknown>;
    if ('smokePods' in resources)
      out.smokePods = { data: [...pods.values()], loaded: true, loadError: undefined };
    if ('smokeEvents' in resources)
      out.smokeEvents = { data: [], loaded: true, loadError: undefined };
    return out as ReturnType<typeof useK8sWatchResources>;
  });
  vi.mocked(k8sCreate).mockReset();
  vi.mocked(k8sCreate).mockImplementation(async ({ data }: { data: Pod }) => {
    await Promise.resolve();
    // SCC admission records the SCC it admitted the pod with; the scheduler is quick.
    const pod: Pod = {
      ...data,
      metadata: {
        ...data.metadata,
        uid: `uid-${created.length}`,
        annotations: { ...data.metadata?.annotations, 'openshift.io/scc': runScc },
      },
      spec: { ...data.spec, nodeName: NODE },
      status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True' }] },
    };
    created.push(pod);
    pods.set(pod.metadata?.name ?? '', pod);
    changed();
    return pod;
  });
  vi.mocked(k8sDelete).mockReset();
  vi.mocked(k8sDelete).mockImplementation(async ({ resource }: { resource: Pod }) => {
    // The API answers later than the call returns, as over the network.
    await Promise.resolve();
    pods.delete(resource.metadata?.name ?? '');
    changed();
    return resource;
  });
  vi.mocked(consoleFetchText).mockReset();
  vi.mocked(consoleFetchText).mockImplementation(() => Promise.resolve(log));

  const finish = (run: keyof typeof SMOKE_RUNS) =>
    act(async () => {
      const { exitCode, log: lines } = SMOKE_RUNS[run];
      log = `${lines.join('\n')}\n`;
      for (const [name, pod] of pods) {
        const image = pod.spec?.containers?.[0]?.image ?? '';
        pods.set(name, {
          ...pod,
          status: {
            ...pod.status,
            phase: exitCode === 0 ? 'Succeeded' : 'Failed',
            containerStatuses: [
              {
                name: SMOKE_TEST_CONTAINER,
                image,
                imageID: `${image.split(':')[0]}@sha256:${'5e'.repeat(32)}`,
                state: {
                  terminated: {
                    exitCode,
                    reason: exitCode === 0 ? 'Completed' : 'Error',
                    startedAt: '2026-01-01T00:00:05Z',
                  },
                },
              },
            ],
          },
        });
      }
      changed();
      await Promise.resolve();
    });

  return { created: () => created, stored: () => [...pods.values()], finish };
};

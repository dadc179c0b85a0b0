import { describe, expect, it } from 'vitest';
import type { Event } from '../../models/event';
import type { Pod } from '../../models/pod';
import { interpretSmokeTest } from './interpret';
import type { SmokeTestObservation } from './report';

const ev = (reason: string, message: string, at: string): Event => ({
  reason,
  message,
  lastTimestamp: `2026-01-01T00:00:${at}Z`,
});

const podWith = (o: {
  scc?: string;
  node?: string;
  phase?: string;
  reason?: string;
  state?: Record<string, unknown>;
  imageID?: string;
}): Pod => ({
  metadata: {
    name: 'nested-containers-smoke-x',
    annotations: o.scc ? { 'openshift.io/scc': o.scc } : {},
  },
  spec: { nodeName: o.node, containers: [{ name: 'smoke-test', image: 'udi:1' }] },
  status: {
    phase: o.phase ?? 'Pending',
    reason: o.reason,
    conditions: o.node ? [{ type: 'PodScheduled', status: 'True' }] : [],
    containerStatuses: o.state
      ? [{ name: 'smoke-test', image: 'udi:1', imageID: o.imageID, state: o.state }]
      : [],
  },
});

const GOOD_LOG = [
  'Running in a user namespace',
  '/etc/subuid updated',
  'smoke-test: uid-map 0 1481179136 65536;',
  'smoke-test: dev-fuse present',
  'smoke-test: dev-net-tun present',
  'smoke-test: storage-driver overlay',
  '0 1000 1',
  '1 1001 64535',
  'smoke-test: inner-uid-map 0 1000 1;1 1001 64535;',
  'smoke-test: inner-exit 0',
].join('\n');

const done = (exitCode: number, phase = exitCode === 0 ? 'Succeeded' : 'Failed') =>
  podWith({
    scc: 'container-run',
    node: 'worker-0',
    phase,
    imageID: 'quay.io/udi@sha256:abc',
    state: { terminated: { exitCode, startedAt: '2026-01-01T00:00:05Z' } },
  });

const observe = (o: Partial<SmokeTestObservation>) =>
  interpretSmokeTest({ runScc: 'container-run', events: [], ...o });

const statuses = (r: ReturnType<typeof interpretSmokeTest>) => r.steps.map((s) => s.status);

describe('the smoke test reading', () => {
  it('passes with every step proven, and keeps the evidence', () => {
    const r = observe({
      pod: done(0),
      log: GOOD_LOG,
      events: [
        ev('Pulled', 'Successfully pulled image "udi:1"', '03'),
        ev('Scheduled', 'assigned', '01'),
      ],
    });
    expect(r.outcome).toBe('passed');
    expect(statuses(r).every((s) => s === 'pass')).toBe(true);
    expect(r.steps[0].evidence).toEqual({ scc: 'container-run', required: 'container-run' });
    expect(r.steps[4].evidence.uidMap).toBe('0 1481179136 65536;');
    expect(r.steps[5].evidence.storageDriver).toBe('overlay');
    expect(r.steps[6].evidence.innerUidMap).toBe('0 1000 1;1 1001 64535;');
    // Events oldest first.
    expect(r.events[0]).toBe('Scheduled: assigned');
  });

  it('is running, step by step, while the pod progresses', () => {
    expect(statuses(observe({}))[0]).toBe('running');
    const scheduled = observe({ pod: podWith({ scc: 'container-run', node: 'worker-0' }) });
    expect(scheduled.outcome).toBe('running');
    expect(statuses(scheduled).slice(0, 3)).toEqual(['pass', 'pass', 'running']);
    // Terminated but the log not read yet: the log steps wait.
    const ended = observe({ pod: done(0) });
    expect(ended.outcome).toBe('running');
    expect(statuses(ended)[4]).toBe('running');
  });

  it('an SCC admission refusal fails "admitted" with the run-scc remedy', () => {
    const message =
      'pods "nested-containers-smoke-x" is forbidden: unable to validate against any security context constraint: [provider "container-run": .containers[0].capabilities.add: Invalid value: "CHOWN": capability may not be added]';
    const r = observe({ createError: { code: 403, message } });
    expect(r.outcome).toBe('failed');
    expect(r.failure).toEqual({
      step: 'admitted',
      reason: 'scc-rejected',
      check: 'run-scc',
      message,
    });
    expect(
      statuses(r)
        .slice(1)
        .every((s) => s === 'skipped'),
    ).toBe(true);
  });

  it('tells "not usable" (RBAC) and a missing required SCC apart from a rejected pod', () => {
    expect(
      observe({
        createError: {
          message:
            'unable to validate against any security context constraint: [provider "container-run": Forbidden: not usable by user or serviceaccount]',
        },
      }).failure?.check,
    ).toBe('scc-rbac');
    expect(
      observe({
        createError: { message: 'failed to retrieve the required SCC "container-run": not found' },
      }).failure?.reason,
    ).toBe('scc-missing');
    expect(observe({ createError: { message: 'etcd timeout' } }).failure?.reason).toBe(
      'create-failed',
    );
  });

  it('a pod admitted by another SCC fails, whatever happens next', () => {
    const r = observe({ pod: podWith({ scc: 'anyuid', node: 'n' }) });
    expect(r.failure).toMatchObject({ step: 'admitted', reason: 'other-scc', check: 'run-scc' });
  });

  it('an image that cannot be pulled fails "image pulled" with the kubelet message', () => {
    const r = observe({
      pod: podWith({
        scc: 'container-run',
        node: 'n',
        state: { waiting: { reason: 'ErrImagePull', message: 'manifest unknown' } },
      }),
    });
    expect(r.failure).toMatchObject({
      step: 'image-pulled',
      reason: 'image-pull-failed',
      check: 'workspace-images',
      message: 'manifest unknown',
    });
  });

  it('newuidmap failing in the nested run points at the workspace images', () => {
    const log = GOOD_LOG.replace(/0 1000 1\n1 1001 64535\n.*inner-uid-map.*\n/, '')
      .replace('inner-exit 0', 'inner-exit 125')
      .replace(
        'smoke-test: inner-exit',
        'Error: cannot set up namespace using "/usr/bin/newuidmap": exit status 1\nnewuidmap: write to uid_map failed: Invalid argument\nsmoke-test: inner-exit',
      );
    const r = observe({ pod: done(125), log });
    expect(r.failure).toMatchObject({
      step: 'inner-container',
      reason: 'newuidmap-failed',
      check: 'workspace-images',
    });
    expect(r.failure?.message).toContain('newuidmap');
    expect(r.logTail.some((l) => l.includes('newuidmap'))).toBe(true);
  });

  it('no /dev/fuse (vfs fallback) fails "devices" with the workspace-pod-config remedy', () => {
    const log = GOOD_LOG.replace('dev-fuse present', 'dev-fuse missing').replace(
      'storage-driver overlay',
      'storage-driver vfs',
    );
    const r = observe({ pod: done(0), log });
    expect(r.failure).toMatchObject({
      step: 'devices',
      reason: 'no-dev-fuse',
      check: 'workspace-pod-config',
    });
    expect(r.steps[5].evidence).toMatchObject({ devFuse: false, storageDriver: 'vfs' });
  });

  it('a pod without its own user namespace fails, even if podman then works', () => {
    const log = GOOD_LOG.replace('0 1481179136 65536', '0 0 4294967295');
    expect(observe({ pod: done(0), log }).failure).toMatchObject({
      step: 'pod-user-namespace',
      reason: 'no-user-namespace',
    });
  });

  it('deadline, deletion by someone else and the plugin timeout end the run at the open step', () => {
    const stuck = podWith({
      scc: 'container-run',
      node: 'n',
      phase: 'Failed',
      reason: 'DeadlineExceeded',
    });
    expect(observe({ pod: stuck }).failure).toMatchObject({
      step: 'image-pulled',
      reason: 'deadline-exceeded',
    });
    expect(
      observe({ pod: podWith({ scc: 'container-run' }), podGone: true }).failure,
    ).toMatchObject({
      step: 'scheduled',
      reason: 'pod-deleted',
    });
    expect(observe({ timedOut: true }).failure).toMatchObject({
      step: 'admitted',
      reason: 'timed-out',
    });
  });

  it('a log without the fact lines (the script never ran) is a failure, not a pass', () => {
    const r = observe({ pod: done(127), log: 'sh: not found' });
    expect(r.failure).toMatchObject({ step: 'pod-user-namespace', reason: 'no-facts' });
  });
});

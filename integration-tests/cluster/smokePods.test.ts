// The smoke-test pod's simulated life over HTTP, read back with the plugin's own pod builder and
// interpreter: the same create, watch, events, pods/log and delete calls the plugin makes.
import { describe, expect, it } from 'vitest';
import { buildSmokeTestPod, defaultImageOf, interpretSmokeTest } from '../../src/core/smoke-test';
import type { CheCluster } from '../../src/models/cheCluster';
import type { DevWorkspaceOperatorConfig } from '../../src/models/devWorkspaceOperatorConfig';
import type { Event } from '../../src/models/event';
import type { Pod } from '../../src/models/pod';
import { loadScenario } from './index';
import type { ScenarioHeader } from './types';
import { json, openWatch, SCENARIOS, serve } from './testServer';

const NS = 'openshift-devspaces';
const PODS = `/api/v1/namespaces/${NS}/pods`;

const start = async (name: string, smokeTest: ScenarioHeader['smokeTest'] = {}, deny = []) => {
  const scenario = await loadScenario(`${SCENARIOS}${name}`);
  scenario.header.smokeTest = { ...scenario.header.smokeTest, stepMs: 15, ...smokeTest };
  scenario.header.deny = [...(scenario.header.deny ?? []), ...deny];
  return serve(scenario);
};

/** Runs one smoke test the way the plugin does; returns the interpreted report and the server. */
const runSmokeTest = async (
  name: string,
  smokeTest: ScenarioHeader['smokeTest'] = {},
  deny = [],
) => {
  const srv = await start(name, smokeTest, deny);
  try {
    const cc = (
      await json<{ items: CheCluster[] }>(
        await fetch(`${srv.base}/apis/org.eclipse.che/v2/namespaces/${NS}/checlusters`),
      )
    ).items[0];
    const dwoc = await json<DevWorkspaceOperatorConfig>(
      await fetch(
        `${srv.base}/apis/controller.devfile.io/v1alpha1/namespaces/${NS}/devworkspaceoperatorconfigs/devworkspace-config`,
      ),
    );
    const pod = buildSmokeTestPod({
      cheCluster: cc,
      dwoc,
      image: defaultImageOf(cc).image,
      runId: 't1',
    });
    const podName = pod.metadata?.name ?? '';
    const watch = await openWatch(
      `${srv.base}${PODS}?watch=true&fieldSelector=metadata.name%3D${podName}`,
    );
    const created = await fetch(srv.base + PODS, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(pod),
    });
    const runScc = 'container-run';
    if (created.status !== 201) {
      const status = await json<{ message: string; code: number }>(created);
      await watch.close();
      return {
        report: interpretSmokeTest({ runScc, createError: status, events: [] }),
        srv,
        status,
      };
    }
    const events = await watch.until((e) =>
      e.some((x) =>
        ['Succeeded', 'Failed'].includes((x.object.status as { phase?: string })?.phase ?? ''),
      ),
    );
    await watch.close();
    const last = events[events.length - 1].object as Pod;
    const podEvents = await json<{ items: Event[] }>(
      await fetch(
        `${srv.base}/api/v1/namespaces/${NS}/events?fieldSelector=involvedObject.name%3D${podName}`,
      ),
    );
    const logRes = await fetch(`${srv.base}${PODS}/${podName}/log?container=smoke-test`);
    expect(logRes.headers.get('content-type')).toBe('text/plain');
    const log = await logRes.text();
    const report = interpretSmokeTest({ runScc, pod: last, events: podEvents.items, log });
    // The plugin deletes the pod whatever happened.
    expect((await fetch(`${srv.base}${PODS}/${podName}`, { method: 'DELETE' })).status).toBe(200);
    return { report, srv, status: undefined };
  } finally {
    await srv.close();
  }
};

const leftovers = (srv: Awaited<ReturnType<typeof start>>) =>
  srv.cluster
    .objects()
    .filter(
      (o) => o.kind === 'Pod' && o.metadata?.labels?.['devspaces-nested-containers.io/smoke-test'],
    );

describe('smoke-test pods in the simulated cluster', { timeout: 60_000 }, () => {
  for (const scenario of [
    'ocp-4.20-ready-on.yaml',
    'ocp-4.21-ready-on.yaml',
    'ocp-4.22-ready-on.yaml',
  ]) {
    it(`${scenario}: admitted by the run SCC, scheduled, pulled, started, nested podman ran`, async () => {
      const { report, srv } = await runSmokeTest(scenario);
      expect(report.outcome).toBe('passed');
      expect(report.steps[0].evidence.scc).toBe('container-run');
      expect(report.steps[6].evidence.innerUidMap).toBe('0 1000 1;1 1001 64535;');
      expect(report.events.map((e) => e.split(':')[0])).toEqual([
        'Scheduled',
        'Pulling',
        'Pulled',
        'Created',
        'Started',
      ]);
      expect(leftovers(srv)).toEqual([]);
    });
  }

  it('SCC admission refuses the pod when the run SCC lacks a requested capability (403, nothing stored)', async () => {
    const { report, srv, status } = await runSmokeTest('ocp-4.20-smoke-scc-rejects.yaml');
    expect(status?.code).toBe(403);
    expect(status?.message).toBe(
      'pods "nested-containers-smoke-t1" is forbidden: unable to validate against any security context constraint: [provider container-run: .containers[0].capabilities.add: Invalid value: "CHOWN": capability may not be added]',
    );
    expect(report.failure).toMatchObject({
      step: 'admitted',
      reason: 'scc-rejected',
      check: 'run-scc',
    });
    expect(leftovers(srv)).toEqual([]);
  });

  it('an administrator who may not use the run SCC is told so by admission', async () => {
    const { report } = await runSmokeTest('ocp-4.20-ready-on.yaml', {}, [
      { verb: 'use', group: 'security.openshift.io', resource: 'securitycontextconstraints' },
    ] as never);
    expect(report.failure).toMatchObject({ reason: 'scc-not-usable', check: 'scc-rbac' });
  });

  it('a ubi8 default image fails the nested run in newuidmap', async () => {
    const { report } = await runSmokeTest('ocp-4.20-smoke-newuidmap.yaml');
    expect(report.failure).toMatchObject({
      step: 'inner-container',
      reason: 'newuidmap-failed',
      check: 'workspace-images',
    });
    expect(report.logTail.join('\n')).toContain('newuidmap: write to uid_map failed');
  });

  it('a devices annotation without /dev/fuse leaves the pod on vfs: devices fails', async () => {
    const { report } = await runSmokeTest('ocp-4.20-smoke-no-fuse.yaml');
    expect(report.failure).toMatchObject({
      step: 'devices',
      reason: 'no-dev-fuse',
      check: 'workspace-pod-config',
    });
    expect(report.steps[5].evidence).toMatchObject({ devFuse: false, storageDriver: 'vfs' });
  });

  it('nodes that ignore the devices annotation fail the same step', async () => {
    const { report } = await runSmokeTest('ocp-4.20-ready-on.yaml', { devicesIgnored: true });
    expect(report.failure).toMatchObject({ step: 'devices', reason: 'no-dev-fuse' });
  });

  it('an unpullable image fails "image pulled"; pods/log is 400 until the container starts', async () => {
    const srv = await start('ocp-4.20-ready-on.yaml', {
      unpullableImages: ['quay.io/devfile/universal-developer-image:ubi9-latest'],
    });
    try {
      const cc = (
        await json<{ items: CheCluster[] }>(
          await fetch(`${srv.base}/apis/org.eclipse.che/v2/checlusters`),
        )
      ).items[0];
      const pod = buildSmokeTestPod({
        cheCluster: cc,
        dwoc: undefined,
        image: defaultImageOf(cc).image,
        runId: 'p',
      });
      const w = await openWatch(`${srv.base}${PODS}?watch=true`);
      await fetch(srv.base + PODS, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(pod),
      });
      const events = await w.until((e) =>
        e.some((x) => JSON.stringify(x.object.status ?? {}).includes('ErrImagePull')),
      );
      await w.close();
      const report = interpretSmokeTest({
        runScc: 'container-run',
        pod: events[events.length - 1].object,
        events: [],
      });
      expect(report.failure).toMatchObject({ step: 'image-pulled', reason: 'image-pull-failed' });
      const log = await fetch(`${srv.base}${PODS}/${pod.metadata?.name}/log`);
      expect(log.status).toBe(400);
      expect((await json<{ message: string }>(log)).message).toContain('is waiting to start');
      expect((await fetch(`${srv.base}${PODS}/nope/log`)).status).toBe(404);
    } finally {
      await srv.close();
    }
  });
});

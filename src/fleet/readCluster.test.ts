// The fleet's one-shot read of a cluster, against the simulated API server: the same scenario
// files the single-cluster browser tests use, and the answers their domain rules expect.
import { afterEach, describe, expect, it } from 'vitest';
import { isDiscoveryPath, refusedDiscovery } from '../../integration-tests/cluster/discovery';
import { serve, type Running } from '../../integration-tests/cluster/testServer';
import { fleetRow } from '../core/fleet/fleetRow';
import type { ClusterGet } from './clusterReads';
import { keptCrds, readCluster } from './readCluster';

let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A GET as consoleFetchJSON does it: a non-2xx answer rejects with the status and the Status. */
const getFrom =
  (base: string, log: string[] = []): ClusterGet =>
  async (path, accept) => {
    log.push(path);
    const res = await fetch(`${base}${path}`, { headers: accept ? { Accept: accept } : {} });
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) throw Object.assign(new Error(`${res.status}`), { response: res, json: body });
    return body;
  };

const readScenario = async (scenario: string, log: string[] = []) => {
  running = await serve(scenario);
  return readCluster(getFrom(running.base, log), () => Date.parse('2026-12-04T12:00:00Z'));
};

const statuses = (read: Awaited<ReturnType<typeof readScenario>>) =>
  read.kind === 'answered'
    ? Object.fromEntries(read.report.checks.map((c) => [c.id, c.status]))
    : {};

describe('readCluster', () => {
  it('reads an OpenShift 4.20 cluster with Dev Spaces off as ready to turn on', async () => {
    const read = await readScenario('default');
    expect(read.kind).toBe('answered');
    expect(statuses(read)).toMatchObject({
      'openshift-apis': 'pass',
      'cluster-version': 'pass',
      'feature-gates': 'pass',
      'feature-set': 'pass',
      'devspaces-installed': 'pass',
      'operator-support': 'pass',
      'legacy-workspaces': 'pass',
    });
    const row = fleetRow('spoke-1', false, read);
    expect(row).toMatchObject({ state: 'disabled', instances: 1, openshiftVersion: '4.20.3' });
    expect(row.answer).toMatchObject({ kind: 'headline', headline: { kind: 'ready-to-enable' } });
    // Its one workspace runs an image the page cannot vouch for: a warning, as on the page.
    expect(row.verdict).toBe('ready-with-warnings');
    expect(row.problems).toEqual([
      expect.objectContaining({
        check: 'workspace-images',
        reason: 'images-verify',
        blocking: false,
      }),
    ]);
  });

  it('says on for a cluster where nested containers are on and reconciled', async () => {
    const row = fleetRow('spoke', false, await readScenario('ocp-4.20-ready-on.yaml'));
    expect(row.state).toBe('enabled');
    expect(row.answer).toMatchObject({ kind: 'headline', headline: { kind: 'enabled' } });
    expect(row.verdict).toBe('ready');
  });

  it('names the first blocker: the OpenShift version on 4.19', async () => {
    const row = fleetRow('spoke', false, await readScenario('ocp-4.19-blocked.yaml'));
    expect(row.verdict).toBe('not-ready');
    expect(row.answer).toMatchObject({
      kind: 'headline',
      headline: { kind: 'blocked', check: { id: 'cluster-version', status: 'fail' } },
    });
    expect(row.problems[0]).toMatchObject({ check: 'cluster-version', blocking: true });
  });

  // As the page says (adminScenarios.spec): MCO's runc pins are a warning, not a blocker.
  it('warns, without blocking, about pools pinned to runc', async () => {
    const row = fleetRow('spoke', false, await readScenario('runc-pinned.yaml'));
    expect(row.verdict).toBe('ready-with-warnings');
    expect(row.answer).toMatchObject({ headline: { kind: 'ready-to-enable' } });
    expect(row.problems).toContainEqual(
      expect.objectContaining({
        check: 'container-runtime',
        reason: 'runtime-runc-pinned',
        blocking: false,
      }),
    );
  });

  it('says a cluster without Dev Spaces has none, and not OpenShift when it is not', async () => {
    const none = fleetRow('spoke', false, await readScenario('devspaces-absent.yaml'));
    expect(none).toMatchObject({ answer: { kind: 'no-devspaces' }, state: '', instances: 0 });
    await running?.close();
    const plain = fleetRow('k8s', false, await readScenario('not-openshift.yaml'));
    expect(plain.answer.kind).toBe('not-openshift');
  });

  it('reads discovery and each object once, in two rounds, and no CheCluster CRD when the CheCluster carries the switch', async () => {
    const log: string[] = [];
    await readScenario('default', log);
    expect(new Set(log).size).toBe(log.length);
    // Discovery is one read of the group list, not one per group.
    expect(log[0]).toBe('/apis');
    expect(log.filter((p) => /^\/apis\/[^/?]+\/[^/?]+$/.test(p))).toEqual([]);
    expect(log.some((p) => p.includes('checlusters.org.eclipse.che'))).toBe(false);
    expect(log).toContain(
      '/apis/security.openshift.io/v1/securitycontextconstraints?fieldSelector=metadata.name%3Dcontainer-run',
    );
  });

  it('does not ask a cluster for groups it does not serve, and answers as if it had', async () => {
    const log: string[] = [];
    const skipped = await readScenario('devspaces-absent.yaml', log);
    const unserved =
      /^\/apis\/(org\.eclipse\.che|workspace\.devfile\.io|controller\.devfile\.io)\//;
    expect(log.filter((p) => unserved.test(p))).toEqual([]);
    // The same cluster with every group claimed served: the API server's own 404s.
    const asked: string[] = [];
    const base = running?.base ?? expect.fail('no server');
    const everything: ClusterGet = (path, accept) =>
      path === '/apis'
        ? Promise.resolve(refusedDiscovery(path))
        : getFrom(base, asked)(path, accept);
    const read = await readCluster(everything, () => Date.parse('2026-12-04T12:00:00Z'));
    expect(asked.filter((p) => unserved.test(p)).length).toBeGreaterThan(0);
    const checks = (r: typeof read) =>
      r.kind === 'answered'
        ? r.report.checks.map((c) => [c.id, c.status, c.reason, c.params])
        : expect.fail(r.kind);
    expect(checks(skipped)).toEqual(checks(read));
    expect(fleetRow('spoke', false, skipped)).toEqual(fleetRow('spoke', false, read));
  });

  it("reads a cluster's DWOC CRD again only when the operators' versions change, as the page does", async () => {
    running = await serve('default');
    const base = running.base;
    const crds = keptCrds();
    const dwocReads = (log: string[]) =>
      log.filter((p) => p.endsWith('/devworkspaceoperatorconfigs.controller.devfile.io')).length;
    const round = async () => {
      const log: string[] = [];
      const read = await readCluster(getFrom(base, log), () => 1, crds);
      return { log, read };
    };
    const first = await round();
    expect(dwocReads(first.log)).toBe(1);
    const second = await round();
    expect(dwocReads(second.log)).toBe(0);
    // The kept CRD gives the same answer a fresh read would.
    const checks = (r: typeof first.read) =>
      r.kind === 'answered' ? r.report.checks.map((c) => [c.id, c.status, c.reason]) : [];
    expect(checks(second.read)).toEqual(checks(first.read));
    // DWO being upgraded: OLM adds the new version's CSV, so the CRD is read again.
    const csv = running.cluster
      .objects()
      .find(
        (o) => o.kind === 'ClusterServiceVersion' && !!o.metadata?.name?.startsWith('devworkspace'),
      );
    if (!csv) throw new Error('the scenario has no DevWorkspace Operator CSV');
    running.cluster.update({
      ...csv,
      metadata: { ...csv.metadata, name: 'devworkspace-operator.v0.41.0' },
    });
    expect(dwocReads((await round()).log)).toBe(1);
  });

  it('gives up after one request on an unreachable cluster', async () => {
    const log: string[] = [];
    const gateway: ClusterGet = (path) => {
      log.push(path);
      return Promise.reject(Object.assign(new Error('Bad Gateway'), { response: { status: 502 } }));
    };
    const read = await readCluster(gateway, () => 1);
    expect(read).toMatchObject({ kind: 'failed', failure: 'unreachable', status: 502 });
    expect(log).toHaveLength(1);
    const network: ClusterGet = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await readCluster(network, () => 1)).toMatchObject({ failure: 'unreachable' });
  });

  it('says forbidden when every read is refused, and reads on when only some are', async () => {
    const denied =
      (err: string): ClusterGet =>
      (path) =>
        isDiscoveryPath(path)
          ? Promise.resolve(refusedDiscovery(path))
          : Promise.reject(Object.assign(new Error(err), { response: { status: 403 } }));
    const read = await readCluster(denied('forbidden'), () => 1);
    expect(read).toMatchObject({ kind: 'failed', failure: 'forbidden', status: 403 });
    expect(fleetRow('c', false, read)).toMatchObject({
      verdict: 'unknown',
      answer: { kind: 'cannot-read', failure: 'forbidden' },
    });
  });
});

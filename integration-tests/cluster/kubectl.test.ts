// Conformance of the simulated cluster with a real client: kubectl 1.35 (from setup:test) against
// it over HTTP, for what the plugin, the chart's hook script and an administrator's commands use.
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveForKubectl } from '../tools/kubectlCluster';
import type { KubectlCluster } from '../tools/kubectlCluster';
import { kubeTool } from '../tools/kubeTools';
import { loadScenario } from './index';
import { SCENARIOS } from './testServer';

// Each kubectl call is a process that reads discovery first: slower than an in-process request.
vi.setConfig({ testTimeout: 60_000 });

const NS = 'openshift-devspaces';
const CHE = ['checlusters.org.eclipse.che', 'devspaces', '-n', NS];

interface Meta {
  name: string;
  namespace?: string;
  uid?: string;
  creationTimestamp?: string;
  resourceVersion?: string;
  generation?: number;
  labels?: Record<string, string>;
}
interface Obj {
  kind: string;
  metadata: Meta;
  spec?: { components?: { cheServer?: { logLevel?: string } } };
}

let sim: KubectlCluster | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(scenario = 'default') {
  sim = await serveForKubectl(await loadScenario(`${SCENARIOS}${scenario}`), {
    operatorDelayMs: 60_000,
  });
  const s = sim;
  const kubectl = async (...args: string[]) => {
    const r = await s.kubectl(args);
    return { ...r, json: <T = Obj>() => JSON.parse(r.stdout) as T };
  };
  return { s, kubectl };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('get and list', () => {
  it('every object carries a uid, creationTimestamp and resourceVersion, stable across loads', async () => {
    const { kubectl } = await start();
    const kinds =
      'namespaces,pods,clusterroles,securitycontextconstraints,checlusters,devworkspaces';
    const first = await kubectl('get', kinds, '-A', '-o', 'json');
    expect(first.status, first.stderr).toBe(0);
    const items = first.json<{ items: Obj[] }>().items;
    expect(items.length).toBeGreaterThanOrEqual(15);
    for (const o of items) {
      const where = `${o.kind} ${o.metadata.name}`;
      expect(o.metadata.uid, where).toMatch(UUID);
      expect(o.metadata.creationTimestamp, where).toMatch(RFC3339);
      expect(o.metadata.resourceVersion, where).toMatch(/^\d+$/);
    }
    expect(new Set(items.map((o) => o.metadata.uid)).size).toBe(items.length);
    // Custom resources track generation; namespaces and RBAC objects do not.
    for (const o of items) {
      const tracked = !['Namespace', 'ClusterRole'].includes(o.kind);
      expect(o.metadata.generation !== undefined, `${o.kind} generation`).toBe(tracked);
    }
    await sim?.close();
    const again = await start();
    const second = (await again.kubectl('get', kinds, '-A', '-o', 'json')).json<{
      items: Obj[];
    }>().items;
    expect(second.map((o) => o.metadata.uid)).toEqual(items.map((o) => o.metadata.uid));
  });

  it('a single object by name, and 404 as the API server words it', async () => {
    const { kubectl } = await start();
    const che = await kubectl('get', ...CHE, '-o', 'json');
    expect(che.status, che.stderr).toBe(0);
    expect(che.json().metadata).toMatchObject({ name: 'devspaces', namespace: NS });
    const missing = await kubectl('get', 'checlusters.org.eclipse.che', 'nope', '-n', NS);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      'Error from server (NotFound): checlusters.org.eclipse.che "nope" not found',
    );
  });

  it('field and label selectors are applied by the server', async () => {
    const { s, kubectl } = await start();
    const byName = await kubectl(
      'get',
      'namespaces',
      '--field-selector',
      `metadata.name=${NS}`,
      '-o',
      'name',
    );
    expect(byName.stdout.trim()).toBe(`namespace/${NS}`);
    const notThere = await kubectl(
      'get',
      'pods',
      '-A',
      '--field-selector',
      `metadata.namespace!=${NS}`,
      '-o',
      'json',
    );
    const pods = notThere.json<{ items: Obj[] }>().items;
    expect(pods.every((p) => p.metadata.namespace !== NS)).toBe(true);
    const selected = s.cluster
      .requestLog()
      .filter((r) => r.query.includes('fieldSelector='))
      .map((r) => decodeURIComponent(r.query));
    expect(selected).toContainEqual(expect.stringContaining(`fieldSelector=metadata.name=${NS}`));
    const labelled = await kubectl(
      'get',
      'checlusters',
      '-A',
      '-l',
      'app.kubernetes.io/part-of=che.eclipse.org',
      '-o',
      'name',
    );
    expect(labelled.stdout.trim()).toBe('checluster.org.eclipse.che/devspaces');
  });

  it('kubectl get nodes prints the server-side Table: roles, status and the kubelet version', async () => {
    const { s, kubectl } = await start('eus-update-workers-paused.yaml');
    const out = await kubectl('get', 'nodes', '-o', 'wide');
    expect(out.status, out.stderr).toBe(0);
    const [header, ...rows] = out.stdout.trim().split('\n');
    expect(header.split(/\s{2,}/)).toEqual([
      'NAME',
      'STATUS',
      'ROLES',
      'AGE',
      'VERSION',
      'INTERNAL-IP',
      'EXTERNAL-IP',
      'OS-IMAGE',
      'KERNEL-VERSION',
      'CONTAINER-RUNTIME',
    ]);
    const cells = rows.map((r) => r.split(/\s{2,}/));
    expect(cells).toHaveLength(6);
    expect(cells.filter((c) => c[2] === 'worker').map((c) => c[4])).toEqual([
      'v1.31.13',
      'v1.31.13',
      'v1.31.13',
    ]);
    expect(cells.filter((c) => c[2] === 'control-plane,master').map((c) => c[4])).toEqual([
      'v1.33.5',
      'v1.33.5',
      'v1.33.5',
    ]);
    // One paged list; the columns above are the server's (kubectl has no node printer of its own).
    expect(s.cluster.requestLog().find((r) => r.path.endsWith('/api/v1/nodes'))?.query).toBe(
      'limit=500',
    );
  });
});

describe('watch', () => {
  it('kubectl get -w shows the current object, then each change', async () => {
    const { s, kubectl } = await start();
    const child = spawn(
      kubeTool('kubectl'),
      ['get', ...CHE, '-w', '-o', 'jsonpath={.spec.components.cheServer.logLevel}{"\\n"}'],
      { env: s.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const lines = async (n: number) => {
      const deadline = Date.now() + 15_000;
      while (out.split('\n').filter(Boolean).length < n) {
        if (Date.now() > deadline) throw new Error(`watch printed ${JSON.stringify(out)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return out.split('\n').filter(Boolean);
    };
    try {
      expect(await lines(1)).toEqual(['INFO']);
      const patched = await kubectl(
        'patch',
        ...CHE,
        '--type=merge',
        '-p',
        '{"spec":{"components":{"cheServer":{"logLevel":"DEBUG"}}}}',
      );
      expect(patched.status, patched.stderr).toBe(0);
      expect(await lines(2)).toEqual(['INFO', 'DEBUG']);
    } finally {
      child.kill();
    }
  });
});

describe('patch', () => {
  it('merge patch: a spec change bumps generation and resourceVersion, a label change only resourceVersion', async () => {
    const { kubectl } = await start();
    const before = (await kubectl('get', ...CHE, '-o', 'json')).json().metadata;
    const spec = await kubectl(
      'patch',
      ...CHE,
      '--type=merge',
      '-p',
      '{"spec":{"components":{"cheServer":{"logLevel":"DEBUG"}}}}',
      '-o',
      'json',
    );
    expect(spec.status, spec.stderr).toBe(0);
    const afterSpec = spec.json().metadata;
    expect(afterSpec.generation).toBe((before.generation ?? 0) + 1);
    expect(Number(afterSpec.resourceVersion)).toBeGreaterThan(Number(before.resourceVersion));
    expect(afterSpec.uid).toBe(before.uid);
    expect(afterSpec.creationTimestamp).toBe(before.creationTimestamp);
    const label = await kubectl(
      'patch',
      ...CHE,
      '--type=json',
      '-p',
      '[{"op":"add","path":"/metadata/labels/reviewed","value":"yes"}]',
      '-o',
      'json',
    );
    expect(label.status, label.stderr).toBe(0);
    const afterLabel = label.json().metadata;
    expect(afterLabel.labels?.reviewed).toBe('yes');
    expect(afterLabel.generation).toBe(afterSpec.generation);
    expect(Number(afterLabel.resourceVersion)).toBeGreaterThan(Number(afterSpec.resourceVersion));
  });

  it('a failing JSON-patch test is the API server 422, and nothing changes', async () => {
    const { kubectl } = await start();
    const before = (await kubectl('get', ...CHE, '-o', 'json')).json();
    const failed = await kubectl(
      'patch',
      ...CHE,
      '--type=json',
      '-p',
      '[{"op":"test","path":"/spec/components/cheServer/logLevel","value":"DEBUG"},{"op":"replace","path":"/spec/components/cheServer/logLevel","value":"TRACE"}]',
    );
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim()).toBe(
      'The request is invalid: the server rejected our request due to an error in our request',
    );
    expect((await kubectl('get', ...CHE, '-o', 'json')).json()).toEqual(before);
  });
});

describe('create and delete', () => {
  it('the server sets uid, creationTimestamp and (for kinds that track it) generation', async () => {
    const { s, kubectl } = await start();
    const cm = await s.kubectl(
      // No /openapi/v3 here (see README): kubectl's client-side schema check needs it.
      ['create', '--validate=false', '-f', '-', '-o', 'json'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'made-by-kubectl', namespace: NS, uid: 'client-sent', generation: 7 },
        data: { a: 'b' },
      }),
    );
    expect(cm.status, cm.stderr).toBe(0);
    const meta = (JSON.parse(cm.stdout) as Obj).metadata;
    expect(meta.uid).toMatch(UUID);
    expect(meta.creationTimestamp).toMatch(RFC3339);
    expect(Math.abs(Date.parse(meta.creationTimestamp ?? '') - Date.now())).toBeLessThan(60_000);
    expect(meta.generation).toBeUndefined();
    const deleted = await kubectl('delete', 'configmap', 'made-by-kubectl', '-n', NS);
    expect(deleted.stdout).toContain('configmap "made-by-kubectl" deleted');
    expect((await kubectl('get', 'configmap', 'made-by-kubectl', '-n', NS)).status).toBe(1);
  });
});

describe('auth can-i (SelfSubjectAccessReview, sent as protobuf)', () => {
  it("answers from the scenario user's rights", async () => {
    const { kubectl } = await start('read-only-user.yaml');
    const get = await kubectl('auth', 'can-i', 'get', 'checlusters.org.eclipse.che', '-n', NS);
    expect([get.status, get.stdout.trim()]).toEqual([0, 'yes']);
    const patch = await kubectl('auth', 'can-i', 'patch', 'checlusters.org.eclipse.che', '-n', NS);
    expect([patch.status, patch.stdout.trim()]).toEqual([1, 'no']);
    const named = await kubectl(
      'auth',
      'can-i',
      'patch',
      'checlusters.org.eclipse.che/devspaces',
      '-n',
      NS,
    );
    expect(named.stdout.trim()).toBe('no');
  });

  it('an administrator may', async () => {
    const { kubectl } = await start();
    const patch = await kubectl('auth', 'can-i', 'patch', 'checlusters.org.eclipse.che', '-n', NS);
    expect([patch.status, patch.stdout.trim()]).toEqual([0, 'yes']);
  });
});

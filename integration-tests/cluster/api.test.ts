import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openWatch, serve } from './testServer';
import type { Running } from './testServer';

const CC = '/apis/org.eclipse.che/v2/namespaces/openshift-devspaces/checlusters/devspaces';
const MERGE = { 'Content-Type': 'application/merge-patch+json' };
const JSONPATCH = { 'Content-Type': 'application/json-patch+json' };

interface Obj {
  kind?: string;
  metadata: { name: string; resourceVersion: string; generation?: number };
  spec?: { devEnvironments?: Record<string, unknown> };
  items?: Obj[];
}
interface Status {
  kind: string;
  code: number;
  reason: string;
  message: string;
  details?: { causes?: { field?: string; message: string }[] };
}

let srv: Running;
beforeAll(async () => {
  srv = await serve('ocp-4.20-ready-off.yaml', { operatorDelayMs: 60_000 });
}, 20_000);
afterAll(() => srv.close());

const get = (path: string) => fetch(srv.base + path);
const patch = (path: string, headers: Record<string, string>, body: unknown) =>
  fetch(srv.base + path, { method: 'PATCH', headers, body: JSON.stringify(body) });

describe('discovery', { timeout: 20_000 }, () => {
  it('lists the OpenShift and Dev Spaces groups the scenario serves', async () => {
    const groups = await json<{ groups: { name: string }[] }>(await get('/apis'));
    const names = groups.groups.map((g) => g.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'config.openshift.io',
        'security.openshift.io',
        'org.eclipse.che',
        'workspace.devfile.io',
      ]),
    );
    const core = await json<{ resources: { name: string }[] }>(await get('/api/v1'));
    expect(core.resources.map((r) => r.name)).toContain('pods');
    const che = await json<{ resources: { name: string; namespaced: boolean }[] }>(
      await get('/apis/org.eclipse.che/v2'),
    );
    expect(che.resources).toContainEqual(
      expect.objectContaining({ name: 'checlusters', namespaced: true }),
    );
    expect((await json<{ versions: string[] }>(await get('/api'))).versions).toEqual(['v1']);
  });

  it('answers 404 with a Status for a group the cluster lacks', async () => {
    const res = await get('/apis/route.example.io/v1/namespaces/x/things');
    expect(res.status).toBe(404);
    expect(await json<Status>(res)).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      code: 404,
    });
  });
});

describe('get and list', { timeout: 20_000 }, () => {
  it('gets an object and 404s a missing one with the real message', async () => {
    expect((await json<Obj>(await get(CC))).kind).toBe('CheCluster');
    const res = await get(
      '/apis/org.eclipse.che/v2/namespaces/openshift-devspaces/checlusters/nope',
    );
    expect(res.status).toBe(404);
    expect((await json<Status>(res)).message).toBe('checlusters.org.eclipse.che "nope" not found');
  });

  it('filters lists by label selectors (exists, equality, !=, in, notin, !key) and field selectors', async () => {
    const names = async (q: string) =>
      (await json<Obj>(await get(`/api/v1/pods?${q}`))).items?.map((p) => p.metadata.name).sort();
    const all = await names('labelSelector=controller.devfile.io%2Fdevworkspace_id');
    expect(all).toHaveLength(2);
    const alice = await names(
      'labelSelector=controller.devfile.io%2Fdevworkspace_name%3Dquarkus-api',
    );
    expect(alice).toEqual(['workspacea1b2c3d4e5f60001-6c9f7d8b5-x2k4q']);
    // != and notin also match pods without the label (the DevWorkspace controller's pod).
    const dwo = 'devworkspace-controller-manager-7d9f8b6c5-x7k2p';
    expect(
      await names('labelSelector=controller.devfile.io%2Fdevworkspace_name!%3Dquarkus-api'),
    ).toEqual([dwo, 'workspaceb0b0c3d4e5f60003-5d8c6f7a9-p8m2z']);
    expect(
      await names(
        `labelSelector=${encodeURIComponent('controller.devfile.io/devworkspace_name in (go-service,x)')}`,
      ),
    ).toHaveLength(1);
    expect(
      await names(
        `labelSelector=${encodeURIComponent('controller.devfile.io/devworkspace_name notin (go-service)')}`,
      ),
    ).toHaveLength(2);
    expect(
      await names(`labelSelector=${encodeURIComponent('!controller.devfile.io/devworkspace_id')}`),
    ).toEqual([dwo]);
    expect(
      await names('fieldSelector=metadata.name%3Dworkspaceb0b0c3d4e5f60003-5d8c6f7a9-p8m2z'),
    ).toHaveLength(1);
    const list = await json<Obj & { apiVersion: string; metadata: { resourceVersion: string } }>(
      await get('/api/v1/namespaces/alice-devspaces/pods'),
    );
    expect(list.kind).toBe('PodList');
    expect(Number(list.metadata.resourceVersion)).toBeGreaterThan(0);
  });

  it('pages with limit and continue', async () => {
    const first = await json<Obj & { metadata: { continue?: string } }>(
      await get('/apis/workspace.devfile.io/v1alpha2/devworkspaces?limit=2'),
    );
    expect(first.items).toHaveLength(2);
    const rest = await json<Obj>(
      await get(
        `/apis/workspace.devfile.io/v1alpha2/devworkspaces?limit=2&continue=${first.metadata.continue}`,
      ),
    );
    expect(rest.items).toHaveLength(1);
  });
});

describe('writes', { timeout: 20_000 }, () => {
  it('streams MODIFIED to a watch after a merge patch, with a new resourceVersion and generation', async () => {
    const before = await json<Obj>(await get(CC));
    const w = await openWatch(
      `${srv.base}/apis/org.eclipse.che/v2/namespaces/openshift-devspaces/checlusters?watch=true&fieldSelector=metadata.name%3Ddevspaces`,
    );
    await w.until((e) => e.some((x) => x.type === 'ADDED'));
    const res = await patch(CC, MERGE, {
      spec: { devEnvironments: { maxNumberOfWorkspacesPerUser: 3 } },
    });
    expect(res.status).toBe(200);
    const after = await json<Obj>(res);
    expect(Number(after.metadata.resourceVersion)).toBeGreaterThan(
      Number(before.metadata.resourceVersion),
    );
    expect(after.metadata.generation).toBe((before.metadata.generation ?? 1) + 1);
    const events = await w.until((e) => e.some((x) => x.type === 'MODIFIED'));
    expect(events.find((x) => x.type === 'MODIFIED')?.object.metadata?.resourceVersion).toBe(
      after.metadata.resourceVersion,
    );
    await w.close();
  });

  it('replays only later events when watching from a resourceVersion', async () => {
    const rv = (await json<Obj>(await get(CC))).metadata.resourceVersion;
    await patch(CC, MERGE, { metadata: { labels: { touched: 'yes' } } });
    const w = await openWatch(
      `${srv.base}/apis/org.eclipse.che/v2/checlusters?watch=1&resourceVersion=${rv}`,
    );
    const events = await w.until((e) => e.length >= 1);
    expect(events.map((e) => e.type)).toEqual(['MODIFIED']);
    await w.close();
  });

  it('rejects a JSON patch whose test op fails with 422 Invalid (what kube-apiserver returns)', async () => {
    const res = await patch(CC, JSONPATCH, [
      { op: 'test', path: '/spec/devEnvironments/disableContainerRunCapabilities', value: false },
      { op: 'replace', path: '/spec/devEnvironments/disableContainerRunCapabilities', value: true },
    ]);
    expect(res.status).toBe(422);
    expect(await json<Status>(res)).toMatchObject({
      reason: 'Invalid',
      message: 'the server rejected our request due to an error in our request',
    });
  });

  it('rejects a merge patch carrying a stale resourceVersion with 409 Conflict', async () => {
    const res = await patch(CC, MERGE, {
      metadata: { resourceVersion: '1' },
      spec: { devEnvironments: { disableContainerRunCapabilities: false } },
    });
    expect(res.status).toBe(409);
    const status = await json<Status>(res);
    expect(status.reason).toBe('Conflict');
    expect(status.message).toContain(
      'the object has been modified; please apply your changes to the latest version and try again',
    );
    expect(
      (await json<Obj>(await get(CC))).spec?.devEnvironments?.disableContainerRunCapabilities,
    ).toBe(true);
  });

  it('rejects a PUT with a stale resourceVersion with 409', async () => {
    const current = await json<Obj>(await get(CC));
    const stale = { ...current, metadata: { ...current.metadata, resourceVersion: '2' } };
    const res = await fetch(srv.base + CC, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(stale),
    });
    expect(res.status).toBe(409);
  });

  it('rejects a patch that violates the CheCluster CRD schema with 422 and the causes', async () => {
    const res = await patch(CC, MERGE, {
      spec: { devEnvironments: { disableContainerRunCapabilities: 'yes' } },
    });
    expect(res.status).toBe(422);
    const status = await json<Status>(res);
    expect(status.reason).toBe('Invalid');
    expect(status.message).toContain('CheCluster.org.eclipse.che "devspaces" is invalid');
    expect(status.details?.causes?.[0].field).toBe(
      'spec.devEnvironments.disableContainerRunCapabilities',
    );
  });

  it('prunes unknown fields with a warning, or refuses them with fieldValidation=Strict', async () => {
    const res = await patch(CC, MERGE, {
      spec: { devEnvironments: { enableNestedContainers: true } },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('warning')).toContain(
      'unknown field \\"spec.devEnvironments.enableNestedContainers\\"',
    );
    expect((await json<Obj>(res)).spec?.devEnvironments).not.toHaveProperty(
      'enableNestedContainers',
    );
    const strict = await patch(`${CC}?fieldValidation=Strict`, MERGE, {
      spec: { devEnvironments: { enableNestedContainers: true } },
    });
    expect(strict.status).toBe(400);
  });

  it('refuses strategic merge patch on a custom resource with 415, as the real server does', async () => {
    const res = await patch(
      CC,
      { 'Content-Type': 'application/strategic-merge-patch+json' },
      { spec: {} },
    );
    expect(res.status).toBe(415);
  });

  it('creates objects (201) and answers 409 AlreadyExists for a duplicate', async () => {
    const body = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dave-devspaces' } };
    const post = () =>
      fetch(`${srv.base}/api/v1/namespaces`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post()).status).toBe(201);
    const dup = await post();
    expect(dup.status).toBe(409);
    expect(await json<Status>(dup)).toMatchObject({
      reason: 'AlreadyExists',
      message: 'namespaces "dave-devspaces" already exists',
    });
  });

  it('lets an external actor update an object, which a watch sees', async () => {
    const w = await openWatch(
      `${srv.base}/apis/org.eclipse.che/v2/checlusters?watch=true&resourceVersion=${(await json<Obj>(await get(CC))).metadata.resourceVersion}`,
    );
    const current = await json<Obj & Record<string, unknown>>(await get(CC));
    srv.cluster.update({ ...current, status: { chePhase: 'Inactive' } });
    const events = await w.until((e) => e.length > 0);
    expect(events[0]).toMatchObject({
      type: 'MODIFIED',
      object: { status: { chePhase: 'Inactive' } },
    });
    await w.close();
    expect(srv.cluster.requestLog().some((r) => r.watch && r.path.endsWith('/checlusters'))).toBe(
      true,
    );
  });
});

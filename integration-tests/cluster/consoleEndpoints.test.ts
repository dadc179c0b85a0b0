// What the simulated cluster serves for the real console (../real-console): watches over WebSocket
// (the console's own watches), SelfSubjectReview (the user name in the masthead), project.openshift.io
// projects, config.openshift.io infrastructures/cluster, and a 404 for /openapi/v2 (a choice: the
// console logs that it could not get the definitions and works without them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { json, openWatch, serve } from './testServer';
import type { Running, WatchEvent } from './testServer';

let srv: Running;
beforeAll(async () => {
  // read-only-user: logged in as "viewer", who may not patch or update CheClusters.
  srv = await serve('read-only-user.yaml', { operatorDelayMs: 60_000 });
}, 20_000);
afterAll(() => srv.close());

const post = (path: string, body: unknown) =>
  fetch(srv.base + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

type Msg = { type: string; object: { kind?: string; metadata?: Record<string, unknown> } };

/** A WebSocket watch as the console's backend opens it; collects one event per message. */
const openWsWatch = (path: string) =>
  new Promise<{
    ws: WebSocket;
    events: Msg[];
    closed: Promise<number>;
    next: (pred: (m: Msg) => boolean) => Promise<Msg>;
  }>((resolve, reject) => {
    const ws = new WebSocket(srv.base.replace(/^http/, 'ws') + path);
    const events: Msg[] = [];
    const waiters: (() => void)[] = [];
    ws.on('message', (data: Buffer) => {
      events.push(JSON.parse(data.toString('utf8')) as Msg);
      waiters.splice(0).forEach((w) => w());
    });
    const closed = new Promise<number>((r) => ws.on('close', (code: number) => r(code)));
    const next = async (pred: (m: Msg) => boolean): Promise<Msg> => {
      for (;;) {
        const hit = events.find(pred);
        if (hit) return hit;
        await new Promise<void>((r) => waiters.push(r));
      }
    };
    ws.on('open', () => resolve({ ws, events, closed, next }));
    ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.on('error', reject);
  });

describe('watches over WebSocket', { timeout: 20_000 }, () => {
  const CHECLUSTERS = '/apis/org.eclipse.che/v2/checlusters?watch=true';

  it('sends the current objects as ADDED, then each change as one message', async () => {
    const w = await openWsWatch(CHECLUSTERS);
    const added = await w.next((m) => m.type === 'ADDED');
    expect(added.object.kind).toBe('CheCluster');
    expect(added.object.metadata?.name).toBe('devspaces');
    const che = srv.cluster.objects().find((o) => o.kind === 'CheCluster')!;
    srv.cluster.update({ ...che, spec: { ...(che.spec as object), e2eMarker: 1 } });
    const modified = await w.next((m) => m.type === 'MODIFIED');
    expect(Number(modified.object.metadata?.resourceVersion)).toBeGreaterThan(
      Number(added.object.metadata?.resourceVersion),
    );
    w.ws.close();
    await w.closed;
  });

  it('is cut without a close frame when the API server drops its watches (the browser sees 1006)', async () => {
    const w = await openWsWatch(CHECLUSTERS);
    await w.next((m) => m.type === 'ADDED');
    expect(srv.cluster.dropWatches()).toBeGreaterThanOrEqual(1);
    expect(await w.closed).toBe(1006);
    expect(srv.cluster.openWatches()).toBe(0);
  });

  it('refuses an upgrade of a path that is not a watch, or of an unknown resource, with the HTTP error', async () => {
    await expect(openWsWatch('/apis/org.eclipse.che/v2/checlusters')).rejects.toThrow('HTTP 400');
    await expect(openWsWatch('/apis/example.com/v1/widgets?watch=true')).rejects.toThrow(
      'HTTP 404',
    );
  });
});

describe('who is logged in', { timeout: 20_000 }, () => {
  it('answers a SelfSubjectReview (201) with the scenario user and system:authenticated', async () => {
    const res = await post('/apis/authentication.k8s.io/v1/selfsubjectreviews', {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'SelfSubjectReview',
    });
    expect(res.status).toBe(201);
    const body = await json<{
      kind: string;
      status: { userInfo: { username: string; groups: string[] } };
    }>(res);
    expect(body.kind).toBe('SelfSubjectReview');
    expect(body.status.userInfo.username).toBe('viewer');
    expect(body.status.userInfo.groups).toEqual(
      expect.arrayContaining(['cluster-readers', 'system:authenticated']),
    );
  });

  it('refuses a GET of selfsubjectreviews with 405, as the API server does for a create-only resource', async () => {
    const res = await fetch(`${srv.base}/apis/authentication.k8s.io/v1/selfsubjectreviews`);
    expect(res.status).toBe(405);
  });
});

describe('projects', { timeout: 20_000 }, () => {
  const PROJECTS = '/apis/project.openshift.io/v1/projects';

  it('lists every namespace as an Active Project', async () => {
    const res = await fetch(srv.base + PROJECTS);
    expect(res.status).toBe(200);
    const list = await json<{
      kind: string;
      items: { kind: string; metadata: { name: string }; status: { phase: string } }[];
    }>(res);
    expect(list.kind).toBe('ProjectList');
    const names = list.items.map((p) => p.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['openshift-devspaces', 'openshift-console']));
    expect(list.items.every((p) => p.kind === 'Project' && p.status.phase === 'Active')).toBe(true);
  });

  it('gets one project, and 404s a missing one with the API server message', async () => {
    const one = await fetch(`${srv.base}${PROJECTS}/openshift-devspaces`);
    expect(one.status).toBe(200);
    expect((await json<{ kind: string }>(one)).kind).toBe('Project');
    const missing = await fetch(`${srv.base}${PROJECTS}/nope`);
    expect(missing.status).toBe(404);
    expect((await json<{ message: string }>(missing)).message).toBe(
      'projects.project.openshift.io "nope" not found',
    );
  });

  it('watches projects through the namespaces: a new namespace arrives as an ADDED Project', async () => {
    const w = await openWatch(`${srv.base}${PROJECTS}?watch=true`);
    await w.until((e) => e.some((x) => x.object.metadata?.name === 'openshift-devspaces'));
    srv.cluster.update({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } });
    const events = await w.until((e) =>
      e.some((x: WatchEvent) => x.object.metadata?.name === 'team-a'),
    );
    const added = events.find((x) => x.object.metadata?.name === 'team-a')!;
    expect(added.type).toBe('ADDED');
    expect(added.object.kind).toBe('Project');
    await w.close();
  });
});

describe('what else the console reads at boot', { timeout: 20_000 }, () => {
  it('serves infrastructures/cluster (platform None, the API server URL)', async () => {
    const res = await fetch(`${srv.base}/apis/config.openshift.io/v1/infrastructures/cluster`);
    expect(res.status).toBe(200);
    const infra = await json<{ status: { platform: string; apiServerURL: string } }>(res);
    expect(infra.status.platform).toBe('None');
    expect(infra.status.apiServerURL).toMatch(/^https:\/\/api\./);
  });

  it('answers /openapi/v2 with a 404 Status (not served, by choice)', async () => {
    const res = await fetch(`${srv.base}/openapi/v2`);
    expect(res.status).toBe(404);
    expect(await json<{ kind: string; reason: string }>(res)).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { judgePod } from '../../src/core/checks/workspace-pod-config/rule';
import { devSpacesWorkspace } from '../../src/core/testing/devWorkspaces';
import type { Pod } from '../../src/models/pod';
import { json, serve } from './testServer';

const DW = '/apis/workspace.devfile.io/v1alpha2/namespaces/alice-devspaces/devworkspaces';
const podsOf = async (base: string, namespace: string, id: string): Promise<Pod[]> =>
  (
    await json<{ items: Pod[] }>(
      await fetch(
        `${base}/api/v1/namespaces/${namespace}/pods?labelSelector=controller.devfile.io/devworkspace_id%3D${id}`,
      ),
    )
  ).items;
const names = (pod: Pod | undefined) => ({
  containers: pod?.spec?.containers?.map((c) => c.name),
  initContainers: pod?.spec?.initContainers?.map((c) => c.name),
});
const judged = (pod: Pod) =>
  judgePod(pod, 'container-run', { tool: 0, routing: 0, 'project-clone': 0, init: 0 });

describe('DevWorkspace Operator simulation', { timeout: 20_000 }, () => {
  it('builds the pods of the started workspaces at load, as DWO would, and they pass the core', async () => {
    const srv = await serve('ocp-4.22-ready-on.yaml');
    try {
      for (const [namespace, id] of [
        ['alice-devspaces', 'workspacea1b2c3d4e5f60004'],
        ['alice-devspaces', 'workspacea1b2c3d4e5f60001'],
        ['bob-devspaces', 'workspaceb0b0c3d4e5f60003'],
      ]) {
        const pods = await podsOf(srv.base, namespace, id);
        expect(pods).toHaveLength(1);
        expect(pods[0].metadata?.annotations?.['openshift.io/scc']).toBe('container-run');
        expect(pods[0].spec?.hostUsers).toBe(false);
        expect(names(pods[0]).containers).toEqual(['tools', 'che-gateway']);
        // What workspace-pod-config judges: nothing missing on any container.
        expect(judged(pods[0])).toEqual({ unreadable: false, pod: [], containers: [] });
      }
      expect(
        names((await podsOf(srv.base, 'bob-devspaces', 'workspaceb0b0c3d4e5f60003'))[0]),
      ).toEqual({ containers: ['tools', 'che-gateway'], initContainers: ['che-code-injector'] });
      // The stopped workspace has none.
      expect(await podsOf(srv.base, 'alice-devspaces', 'workspacea1b2c3d4e5f60002')).toEqual([]);
    } finally {
      await srv.close();
    }
  });

  it('keeps a scenario pod as written (a deliberately broken one stays broken)', async () => {
    const srv = await serve('root-on-host.yaml');
    try {
      const all = (await json<{ items: Pod[] }>(await fetch(`${srv.base}/api/v1/pods`))).items;
      const anyuid = all.filter((p) => p.metadata?.annotations?.['openshift.io/scc'] === 'anyuid');
      expect(anyuid.length).toBeGreaterThan(0);
    } finally {
      await srv.close();
    }
  });

  it('a workspace created and started gets its id and its pod; stopping it deletes the pod', async () => {
    const srv = await serve('ocp-4.22-ready-on.yaml');
    try {
      const dw = devSpacesWorkspace({ name: 'fresh', namespace: 'alice-devspaces' });
      delete dw.status;
      const created = await fetch(srv.base + DW, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(dw),
      });
      expect(created.status).toBe(201);
      const stored = await json<{ status?: { devworkspaceId?: string; phase?: string } }>(
        await fetch(`${srv.base}${DW}/fresh`),
      );
      const id = stored.status?.devworkspaceId ?? '';
      expect(id).toMatch(/^workspace[0-9a-f]{16}$/);
      const [pod] = await podsOf(srv.base, 'alice-devspaces', id);
      expect(names(pod)).toEqual({
        containers: ['tools', 'che-gateway'],
        initContainers: ['project-clone', 'che-code-injector'],
      });
      expect(pod.metadata?.annotations?.['openshift.io/scc']).toBe('container-run');

      const stop = await fetch(`${srv.base}${DW}/fresh`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify({ spec: { started: false } }),
      });
      expect(stop.status).toBe(200);
      expect(await podsOf(srv.base, 'alice-devspaces', id)).toEqual([]);
    } finally {
      await srv.close();
    }
  });

  it('uses the DWOC as it is when the workspace starts: feature off, no user namespace', async () => {
    const srv = await serve('ocp-4.20-ready-off.yaml');
    try {
      const dw = devSpacesWorkspace({ name: 'plain', namespace: 'alice-devspaces', scc: null });
      delete dw.status;
      await fetch(srv.base + DW, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(dw),
      });
      const stored = await json<{ status?: { devworkspaceId?: string } }>(
        await fetch(`${srv.base}${DW}/plain`),
      );
      const [pod] = await podsOf(srv.base, 'alice-devspaces', stored.status?.devworkspaceId ?? '');
      expect(pod.spec?.hostUsers).toBeUndefined();
      expect(pod.metadata?.annotations?.['openshift.io/scc']).toBe('restricted-v2');
      expect(pod.spec?.containers?.[0].env?.some((e) => e.name === 'HOST_USERS')).toBe(false);
    } finally {
      await srv.close();
    }
  });

  it('a pod no SCC admits is not created: started without the run SCC recorded, while on', async () => {
    const srv = await serve('ocp-4.22-ready-on.yaml');
    try {
      const dw = devSpacesWorkspace({ name: 'unpinned', namespace: 'alice-devspaces', scc: null });
      delete dw.status;
      await fetch(srv.base + DW, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(dw),
      });
      const stored = await json<{ status?: { devworkspaceId?: string } }>(
        await fetch(`${srv.base}${DW}/unpinned`),
      );
      expect(
        await podsOf(srv.base, 'alice-devspaces', stored.status?.devworkspaceId ?? ''),
      ).toEqual([]);
    } finally {
      await srv.close();
    }
  });
});

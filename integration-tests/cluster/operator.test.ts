import { describe, expect, it } from 'vitest';
import { json, openWatch, serve } from './testServer';
import type { WatchEvent } from './testServer';

const CC = '/apis/org.eclipse.che/v2/namespaces/openshift-devspaces/checlusters/devspaces';
const toggle = (base: string, enabled: boolean) =>
  fetch(base + CC, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/merge-patch+json' },
    body: JSON.stringify({
      spec: { devEnvironments: { disableContainerRunCapabilities: !enabled } },
    }),
  });
const phases = (events: WatchEvent[]) =>
  events.map((e) => (e.object.status as { chePhase?: string } | undefined)?.chePhase);

describe('operator simulation', { timeout: 20_000 }, () => {
  it('enables: RollingUpdate, then SCC, ClusterRole and devworkspace-config, then Active', async () => {
    const srv = await serve('ocp-4.20-ready-off.yaml', { operatorDelayMs: 40 });
    try {
      const rv = (await json<{ metadata: { resourceVersion: string } }>(await fetch(srv.base + CC)))
        .metadata.resourceVersion;
      const w = await openWatch(
        `${srv.base}/apis/org.eclipse.che/v2/checlusters?watch=true&resourceVersion=${rv}`,
      );
      const res = await toggle(srv.base, true);
      expect(await json(res)).toMatchObject({
        spec: {
          devEnvironments: {
            containerRunConfiguration: { openShiftSecurityContextConstraint: 'container-run' },
          },
        },
      });
      // The patch itself (still Active), the operator's RollingUpdate, then Active again.
      const events = await w.until((e) => phases(e).join(',') === 'Active,RollingUpdate,Active');
      expect(events).toHaveLength(3);
      await w.close();

      const scc = await json(
        await fetch(
          `${srv.base}/apis/security.openshift.io/v1/securitycontextconstraints/container-run`,
        ),
      );
      expect(scc).toMatchObject({
        userNamespaceLevel: 'RequirePodLevel',
        metadata: { labels: { 'app.kubernetes.io/managed-by': 'devspaces-operator' } },
      });
      expect(
        (
          await fetch(
            `${srv.base}/apis/rbac.authorization.k8s.io/v1/clusterroles/devspaces-user-container-run`,
          )
        ).status,
      ).toBe(200);
      expect(
        (
          await fetch(
            `${srv.base}/apis/rbac.authorization.k8s.io/v1/namespaces/alice-devspaces/rolebindings/devspaces-user-container-run`,
          )
        ).status,
      ).toBe(200);
      const dwoc = await json(
        await fetch(
          `${srv.base}/apis/controller.devfile.io/v1alpha1/namespaces/openshift-devspaces/devworkspaceoperatorconfigs/devworkspace-config`,
        ),
      );
      expect(dwoc).toMatchObject({
        config: {
          workspace: {
            hostUsers: false,
            containerSecurityContext: { procMount: 'Unmasked' },
            podAnnotations: { 'io.kubernetes.cri-o.Devices': '/dev/fuse,/dev/net/tun' },
            imagePullPolicy: 'Always',
          },
        },
      });
    } finally {
      await srv.close();
    }
  });

  it('disables: removes the managed SCC, the role and the devworkspace-config fields', async () => {
    const srv = await serve('ocp-4.21-ready-on.yaml', { operatorDelayMs: 20 });
    try {
      const w = await openWatch(
        `${srv.base}/apis/security.openshift.io/v1/securitycontextconstraints?watch=true&fieldSelector=metadata.name%3Dcontainer-run`,
      );
      await w.until((e) => e.length === 1);
      expect((await toggle(srv.base, false)).status).toBe(200);
      await w.until((e) => e.some((x) => x.type === 'DELETED'));
      await w.close();
      expect(
        (
          await fetch(
            `${srv.base}/apis/rbac.authorization.k8s.io/v1/clusterroles/devspaces-user-container-run`,
          )
        ).status,
      ).toBe(404);
      const dwoc = await json<{ config: { workspace: Record<string, unknown> } }>(
        await fetch(
          `${srv.base}/apis/controller.devfile.io/v1alpha1/namespaces/openshift-devspaces/devworkspaceoperatorconfigs/devworkspace-config`,
        ),
      );
      expect(dwoc.config.workspace).not.toHaveProperty('hostUsers');
      expect(dwoc.config.workspace).not.toHaveProperty('podAnnotations');
      expect(dwoc.config.workspace.imagePullPolicy).toBe('Always');
    } finally {
      await srv.close();
    }
  });

  it('leaves a custom SCC (no managed-by label) alone', async () => {
    const srv = await serve('custom-scc-wrong.yaml', { operatorDelayMs: 10 });
    try {
      await toggle(srv.base, true);
      await srv.cluster.operatorSettled();
      const scc = await json(
        await fetch(
          `${srv.base}/apis/security.openshift.io/v1/securitycontextconstraints/container-run`,
        ),
      );
      expect(scc).toMatchObject({
        userNamespaceLevel: 'AllowHostLevel',
        allowedCapabilities: ['CHOWN'],
      });
      expect((scc as { metadata: { labels?: unknown } }).metadata.labels).toBeUndefined();
    } finally {
      await srv.close();
    }
  });

  it('does nothing for an operator too old to know the switch: the field is pruned with a warning', async () => {
    const srv = await serve('operator-too-old.yaml', { operatorDelayMs: 10 });
    try {
      const res = await toggle(srv.base, true);
      expect(res.status).toBe(200);
      expect(res.headers.get('warning')).toContain(
        'spec.devEnvironments.disableContainerRunCapabilities',
      );
      await srv.cluster.operatorSettled();
      expect(
        (
          await fetch(
            `${srv.base}/apis/security.openshift.io/v1/securitycontextconstraints/container-run`,
          )
        ).status,
      ).toBe(404);
    } finally {
      await srv.close();
    }
  });

  it('on 4.19 still reconciles like the real operator (it does not check the version)', async () => {
    const srv = await serve('ocp-4.19-blocked.yaml', { operatorDelayMs: 10 });
    try {
      await toggle(srv.base, true);
      await srv.cluster.operatorSettled();
      expect(
        (
          await fetch(
            `${srv.base}/apis/security.openshift.io/v1/securitycontextconstraints/container-run`,
          )
        ).status,
      ).toBe(200);
    } finally {
      await srv.close();
    }
  });
});

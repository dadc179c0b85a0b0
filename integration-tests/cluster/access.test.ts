import { describe, expect, it } from 'vitest';
import { json, openWatch, serve } from './testServer';

const CC = '/apis/org.eclipse.che/v2/namespaces/openshift-devspaces/checlusters/devspaces';
const ssar = (base: string, resourceAttributes: Record<string, string>) =>
  fetch(`${base}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes },
    }),
  });

describe('RBAC from the scenario header', { timeout: 20_000 }, () => {
  it('refuses a denied patch with 403 and the real Forbidden message, while reads work', async () => {
    const srv = await serve('read-only-user.yaml');
    try {
      expect((await fetch(srv.base + CC)).status).toBe(200);
      const res = await fetch(srv.base + CC, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify({
          spec: { devEnvironments: { disableContainerRunCapabilities: false } },
        }),
      });
      expect(res.status).toBe(403);
      expect(await json(res)).toMatchObject({
        kind: 'Status',
        reason: 'Forbidden',
        message:
          'checlusters.org.eclipse.che "devspaces" is forbidden: User "viewer" cannot patch resource "checlusters" in API group "org.eclipse.che" in the namespace "openshift-devspaces"',
      });
    } finally {
      await srv.close();
    }
  });

  it('answers SelfSubjectAccessReviews from the same rules', async () => {
    const srv = await serve('read-only-user.yaml');
    try {
      const attrs = {
        group: 'org.eclipse.che',
        resource: 'checlusters',
        namespace: 'openshift-devspaces',
        name: 'devspaces',
      };
      const denied = await ssar(srv.base, { ...attrs, verb: 'patch' });
      expect(denied.status).toBe(201);
      expect(await json(denied)).toMatchObject({
        kind: 'SelfSubjectAccessReview',
        status: { allowed: false },
      });
      expect(await json(await ssar(srv.base, { ...attrs, verb: 'get' }))).toMatchObject({
        status: { allowed: true },
      });
    } finally {
      await srv.close();
    }
  });

  it('forbids listing SCCs at the cluster scope for a user without that right', async () => {
    const srv = await serve('no-scc-list.yaml');
    try {
      const res = await fetch(
        `${srv.base}/apis/security.openshift.io/v1/securitycontextconstraints`,
      );
      expect(res.status).toBe(403);
      expect((await json<{ message: string }>(res)).message).toBe(
        'securitycontextconstraints.security.openshift.io is forbidden: User "devspaces-admin" cannot list resource "securitycontextconstraints" in API group "security.openshift.io" at the cluster scope',
      );
    } finally {
      await srv.close();
    }
  });
});

describe('faults', { timeout: 20_000 }, () => {
  it('injects a status code, latency and a dropped watch', async () => {
    const srv = await serve('faults.yaml');
    try {
      const failed = await fetch(`${srv.base}/apis/workspace.devfile.io/v1alpha2/devworkspaces`);
      expect(failed.status).toBe(500);
      expect(await json(failed)).toMatchObject({
        kind: 'Status',
        reason: 'InternalError',
        message: 'etcdserver: request timed out',
      });
      // Only the faulted verb fails: a get still works.
      expect(
        (
          await fetch(
            `${srv.base}/apis/workspace.devfile.io/v1alpha2/namespaces/alice-devspaces/devworkspaces/docs-site`,
          )
        ).status,
      ).toBe(200);

      const started = Date.now();
      expect((await fetch(`${srv.base}/api/v1/pods`)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1900);

      const w = await openWatch(`${srv.base}/apis/org.eclipse.che/v2/checlusters?watch=true`);
      await w.until((e) => e.length > 0);
      const opened = Date.now();
      await w.finished;
      expect(w.ended()).toBe(true);
      expect(Date.now() - opened).toBeGreaterThanOrEqual(2500);
      await w.close();
    } finally {
      await srv.close();
    }
  }, 15_000);
});

describe('API groups', { timeout: 20_000 }, () => {
  it('serves no OpenShift group on plain Kubernetes and no Che group without its CRD', async () => {
    const k8s = await serve('not-openshift.yaml');
    const absent = await serve('devspaces-absent.yaml');
    try {
      expect(
        (await fetch(`${k8s.base}/apis/config.openshift.io/v1/clusterversions/version`)).status,
      ).toBe(404);
      expect((await fetch(`${k8s.base}/apis/org.eclipse.che/v2/checlusters`)).status).toBe(200);
      expect((await fetch(`${absent.base}/apis/org.eclipse.che/v2/checlusters`)).status).toBe(404);
      expect(
        (await fetch(`${absent.base}/apis/config.openshift.io/v1/clusterversions/version`)).status,
      ).toBe(200);
    } finally {
      await k8s.close();
      await absent.close();
    }
  });

  it('keeps the switch off on plain Kubernetes (che-operator webhook)', async () => {
    const srv = await serve('not-openshift.yaml');
    try {
      const res = await fetch(
        `${srv.base}/apis/org.eclipse.che/v2/namespaces/eclipse-che/checlusters/eclipse-che`,
        {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/merge-patch+json' },
          body: JSON.stringify({
            spec: { devEnvironments: { disableContainerRunCapabilities: false } },
          }),
        },
      );
      expect(await json(res)).toMatchObject({
        spec: { devEnvironments: { disableContainerRunCapabilities: true } },
      });
    } finally {
      await srv.close();
    }
  });
});

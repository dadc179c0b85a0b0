import { describe, expect, it } from 'vitest';
import { Pod as PodSchema } from 'kubernetes-models/v1/Pod';
import { cheCluster, dwoc } from '../testing/builders';
import { REQUIRED_SCC_ANNOTATION, SMOKE_TEST_LABEL } from './names';
import { buildSmokeTestPod, defaultImageOf, UPSTREAM_DEFAULT_IMAGE } from './podSpec';

const IMAGE = 'quay.io/devfile/universal-developer-image:ubi9-latest';

describe('the smoke-test pod', () => {
  const on = cheCluster({ enabled: true, runScc: 'podman-run' });
  const pod = buildSmokeTestPod({ cheCluster: on, dwoc: dwoc(), image: IMAGE, runId: 'ab12c' });

  it('is a valid core/v1 Pod (kubernetes-models schema)', () => {
    expect(() => new PodSchema(pod as never).validate()).not.toThrow();
    // The schema has teeth: a string where the API wants a boolean is refused.
    const wrong = { ...pod, spec: { ...pod.spec, hostUsers: 'false' } };
    expect(() => new PodSchema(wrong as never).validate()).toThrow();
  });

  it('runs in the CheCluster namespace, named and labelled by its run id', () => {
    expect(pod.metadata?.namespace).toBe('openshift-devspaces');
    expect(pod.metadata?.name).toBe('nested-containers-smoke-ab12c');
    expect(pod.metadata?.labels?.[SMOKE_TEST_LABEL]).toBe('ab12c');
  });

  it('requires the run SCC by name, so no more privileged SCC can admit it', () => {
    expect(pod.metadata?.annotations?.[REQUIRED_SCC_ANNOTATION]).toBe('podman-run');
  });

  it('carries the DWOC pod annotations and container security context, with hostUsers false', () => {
    expect(pod.metadata?.annotations?.['io.kubernetes.cri-o.Devices']).toBe(
      '/dev/fuse,/dev/net/tun',
    );
    expect(pod.spec?.hostUsers).toBe(false);
    const c = pod.spec?.containers?.[0];
    expect(c?.securityContext).toEqual({
      procMount: 'Unmasked',
      allowPrivilegeEscalation: true,
      capabilities: { add: ['SETGID', 'SETUID', 'CHOWN'] },
    });
    expect(c?.env).toEqual([{ name: 'HOST_USERS', value: 'false' }]);
  });

  it('keeps the image entrypoint (args, no command), limits resources and has a deadline', () => {
    const c = pod.spec?.containers?.[0];
    expect(c?.command).toBeUndefined();
    expect(c?.args?.[0]).toBe('sh');
    expect(c?.args?.[2]).toContain('podman run --rm --rootfs /');
    expect(c?.resources?.limits).toEqual({ cpu: '500m', memory: '512Mi' });
    expect(pod.spec?.activeDeadlineSeconds).toBeGreaterThan(0);
    expect(pod.spec?.restartPolicy).toBe('Never');
    expect(c?.image).toBe(IMAGE);
  });

  it('takes a custom DWOC annotation set as is (what workspaces get), not the defaults', () => {
    const d = dwoc();
    d.config!.workspace!.podAnnotations = { 'io.kubernetes.cri-o.Devices': '/dev/net/tun' };
    const p = buildSmokeTestPod({ cheCluster: on, dwoc: d, image: IMAGE, runId: 'x' });
    expect(p.metadata?.annotations?.['io.kubernetes.cri-o.Devices']).toBe('/dev/net/tun');
  });

  it('falls back to the CheCluster (CRD defaults) when there is no DWOC yet', () => {
    const p = buildSmokeTestPod({ cheCluster: on, dwoc: undefined, image: IMAGE, runId: 'x' });
    expect(p.spec?.containers?.[0].securityContext?.capabilities?.add).toEqual([
      'SETGID',
      'SETUID',
      'CHOWN',
    ]);
    expect(p.metadata?.annotations?.['io.kubernetes.cri-o.Devices']).toBe('/dev/fuse,/dev/net/tun');
    expect(() => new PodSchema(p as never).validate()).not.toThrow();
  });
});

describe('the default developer image', () => {
  it('is the first defaultComponents container image of the CheCluster', () => {
    const cc = cheCluster({ enabled: true });
    cc.spec!.devEnvironments = {
      ...cc.spec!.devEnvironments,
      defaultComponents: [
        { name: 'volume-only', volume: {} },
        { name: 'udi', container: { image: 'registry.example.com/udi:1' } },
      ],
    } as never;
    expect(defaultImageOf(cc)).toEqual({
      image: 'registry.example.com/udi:1',
      source: 'checluster',
    });
  });

  it("is che-operator's upstream default otherwise, and says so", () => {
    expect(defaultImageOf(cheCluster({ enabled: true }))).toEqual({
      image: UPSTREAM_DEFAULT_IMAGE,
      source: 'operator-default',
    });
  });
});

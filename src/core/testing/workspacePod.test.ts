import { describe, expect, it } from 'vitest';
import type { Container } from '../../models/pod';
import { cheCluster, dwoc, runScc } from './builders';
import { devSpacesWorkspace, webTerminalWorkspace } from './devWorkspaces';
import { buildWorkspacePod } from './workspacePod';

const envOf = (c: Container | undefined): Record<string, string | undefined> =>
  Object.fromEntries((c?.env ?? []).map((e) => [e.name, e.value]));
const named = (list: Container[] | undefined, name: string) => list?.find((c) => c.name === name);

const onPod = (o: Parameters<typeof devSpacesWorkspace>[0] = {}, dwoVersion?: string) =>
  buildWorkspacePod({
    devWorkspace: devSpacesWorkspace(o),
    cheCluster: cheCluster({ enabled: true }),
    dwoc: dwoc(),
    scc: runScc(),
    dwoVersion,
  })!;

describe('buildWorkspacePod: a Dev Spaces workspace with nested containers on', () => {
  const pod = onPod();
  const spec = pod.spec!;

  it('has the tool container, the che-gateway and the init containers DWO and che-operator add', () => {
    expect(spec.containers!.map((c) => c.name)).toEqual(['tools', 'che-gateway']);
    expect(spec.initContainers!.map((c) => c.name)).toEqual(['project-clone', 'che-code-injector']);
  });

  it('gives HOST_USERS=false to devfile containers and init containers, never to the gateway', () => {
    expect(envOf(named(spec.containers, 'tools')).HOST_USERS).toBe('false');
    expect(envOf(named(spec.initContainers, 'che-code-injector')).HOST_USERS).toBe('false');
    expect(envOf(named(spec.initContainers, 'project-clone')).HOST_USERS).toBe('false');
    expect(named(spec.containers, 'che-gateway')!.env).toBeUndefined();
    expect(envOf(named(spec.containers, 'tools')).DEVWORKSPACE_COMPONENT_NAME).toBe('tools');
  });

  it('gives the DWOC security context to devfile and routing containers, none to project-clone', () => {
    for (const c of [named(spec.containers, 'tools'), named(spec.containers, 'che-gateway')]) {
      expect(c!.securityContext).toMatchObject({
        procMount: 'Unmasked',
        allowPrivilegeEscalation: true,
        capabilities: { add: ['SETGID', 'SETUID', 'CHOWN'] },
        runAsUser: 1000,
      });
    }
    // Only what SCC admission assigns: no procMount, no capabilities added.
    const clone = named(spec.initContainers, 'project-clone')!.securityContext!;
    expect(clone.procMount).toBeUndefined();
    expect(clone.capabilities?.add).toBeUndefined();
    expect(clone.runAsUser).toBe(1000);
  });

  it('carries the labels, the DWOC annotations, hostUsers and the SCC admission recorded', () => {
    expect(pod.metadata!.labels).toMatchObject({
      'controller.devfile.io/devworkspace_id': 'workspace0123456789abcdef',
      'controller.devfile.io/devworkspace_name': 'nodejs-web-app',
      'controller.devfile.io/creator': '6f1c2a9e-alice',
    });
    expect(pod.metadata!.annotations).toMatchObject({
      'io.kubernetes.cri-o.Devices': '/dev/fuse,/dev/net/tun',
      'openshift.io/scc': 'container-run',
    });
    expect(spec.hostUsers).toBe(false);
    expect(pod.metadata!.name).toMatch(/^workspace0123456789abcdef-[a-z0-9]{9}-[a-z0-9]{5}$/);
    expect(buildWorkspacePod({ devWorkspace: devSpacesWorkspace(), dwoc: dwoc() })).toEqual(
      buildWorkspacePod({ devWorkspace: devSpacesWorkspace(), dwoc: dwoc() }),
    );
  });
});

describe('buildWorkspacePod: what changes the pod', () => {
  it('DWO before 0.40 sets hostUsers but injects no HOST_USERS; before 0.37 not even hostUsers', () => {
    const pod = onPod({}, '0.39.0');
    expect(pod.spec!.hostUsers).toBe(false);
    expect(envOf(pod.spec!.containers![0]).HOST_USERS).toBeUndefined();
    const older = onPod({}, '0.36.0');
    expect(older.spec!.hostUsers).toBeUndefined();
    // The run SCC requires a pod-level user namespace: admission falls back to another SCC.
    expect(older.metadata!.annotations!['openshift.io/scc']).toBe('restricted-v2');
  });

  it('feature off: no HOST_USERS, no hostUsers, no devices; restricted-v2 admits it', () => {
    const pod = buildWorkspacePod({
      devWorkspace: devSpacesWorkspace({ scc: null }),
      cheCluster: cheCluster(),
      dwoc: dwoc('openshift-devspaces', true),
    })!;
    expect(pod.spec!.hostUsers).toBeUndefined();
    expect(envOf(pod.spec!.containers![0]).HOST_USERS).toBeUndefined();
    expect(pod.metadata!.annotations!['io.kubernetes.cri-o.Devices']).toBeUndefined();
    expect(pod.metadata!.annotations!['openshift.io/scc']).toBe('restricted-v2');
    expect(pod.spec!.containers![0].securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      runAsUser: 1000680000,
      capabilities: { drop: ['ALL'] },
    });
  });

  it('a run SCC without CHOWN does not admit the pod: the caller names the SCC that did', () => {
    const pod = buildWorkspacePod({
      devWorkspace: devSpacesWorkspace(),
      dwoc: dwoc(),
      scc: runScc({ allowedCapabilities: ['SETUID', 'SETGID'] }),
      otherwiseScc: 'privileged',
    })!;
    expect(pod.metadata!.annotations!['openshift.io/scc']).toBe('privileged');
  });

  it('no projects: no project-clone; a stopped workspace has no pod', () => {
    expect(onPod({ projects: false }).spec!.initContainers!.map((c) => c.name)).toEqual([
      'che-code-injector',
    ]);
    expect(buildWorkspacePod({ devWorkspace: devSpacesWorkspace({ started: false }) })).toBe(
      undefined,
    );
  });

  it('a Web Terminal: its two containers, no gateway, DWO defaults, restricted-access kept', () => {
    const pod = buildWorkspacePod({ devWorkspace: webTerminalWorkspace() })!;
    expect(pod.metadata!.namespace).toBe('openshift-terminal');
    expect(pod.spec!.containers!.map((c) => c.name)).toEqual([
      'web-terminal-exec',
      'web-terminal-tooling',
    ]);
    expect(pod.spec!.initContainers).toEqual([]);
    expect(pod.spec!.hostUsers).toBeUndefined();
    expect(pod.metadata!.annotations!['controller.devfile.io/restricted-access']).toBe('true');
    expect(pod.metadata!.annotations!['openshift.io/scc']).toBe('restricted-v2');
  });
});

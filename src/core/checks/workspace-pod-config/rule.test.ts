import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { forbidden, loaded } from '../../snapshot';
import type { Pod } from '../../../models/pod';
import { devSpacesPod, offSnapshot, onSnapshot, workspacePod } from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { remedyText } from '../../remedyYaml';

const podConfig = (pods: Pod[]) =>
  check(evaluate(onSnapshot({ workspacePods: loaded(pods) }), { now: 0 }), 'workspace-pod-config');

const podName = (p: Pod) => `${p.metadata!.namespace}/${p.metadata!.name}`;
// Built as DWO and che-operator build it: tools, che-gateway, project-clone, che-code-injector.
const mutate = (f: (p: Pod) => void, id = 'workspace00000000000000a1'): Pod => {
  const pod = devSpacesPod({ id });
  f(pod);
  return pod;
};
const container = (p: Pod, name: string) =>
  [...p.spec!.containers!, ...p.spec!.initContainers!].find((c) => c.name === name)!;
const setAnnotation = (key: string, value: string | undefined) => (p: Pod) => {
  const a = { ...p.metadata?.annotations };
  if (value === undefined) delete a[key];
  else a[key] = value;
  p.metadata = { ...p.metadata, annotations: a };
};
const firstContainer = (p: Pod) => container(p, 'tools');

describe('workspace-pod-config', () => {
  it.each([
    ['everything in place', [devSpacesPod()], ['pass', 'pod-config-ok']],
    ['no pod running', [], ['pass', 'pod-config-no-pods']],
    [
      'only pods without user namespaces (another check)',
      [workspacePod()],
      ['pass', 'pod-config-no-pods'],
    ],
    [
      'terminated pod ignored',
      [mutate((p) => (p.status = { phase: 'Failed' }))],
      ['pass', 'pod-config-no-pods'],
    ],
    [
      'higher-priority SCC won',
      [mutate(setAnnotation('openshift.io/scc', 'privileged'))],
      ['fail', 'pod-config-problems'],
    ],
    [
      'no HOST_USERS',
      [mutate((p) => (firstContainer(p).env = []))],
      ['fail', 'pod-config-problems'],
    ],
    [
      'HOST_USERS=true',
      [mutate((p) => (firstContainer(p).env = [{ name: 'HOST_USERS', value: 'true' }]))],
      ['fail', 'pod-config-problems'],
    ],
    [
      'no devices annotation',
      [mutate(setAnnotation('io.kubernetes.cri-o.Devices', undefined))],
      ['fail', 'pod-config-problems'],
    ],
    [
      'only /dev/net/tun missing',
      [mutate(setAnnotation('io.kubernetes.cri-o.Devices', '/dev/fuse'))],
      ['warn', 'pod-config-problems'],
    ],
    [
      'procMount Default',
      [mutate((p) => (firstContainer(p).securityContext = { procMount: 'Default' }))],
      ['fail', 'pod-config-problems'],
    ],
  ] as const)('%s', (_, pods, expected) => {
    expect(outcome(podConfig([...pods]))).toEqual(expected);
  });

  it('names each miss under its pod, and under each container with its role', () => {
    expect(podConfig([devSpacesPod({ id: 'a' }), devSpacesPod({ id: 'b' })]).params).toEqual({
      count: 2,
    });
    const broken = mutate((p) => {
      setAnnotation('openshift.io/scc', 'restricted-v2')(p);
      firstContainer(p).env = [];
    }, 'broken');
    const r = podConfig([devSpacesPod({ id: 'fine' }), broken]);
    expect(r.params).toEqual({ count: 1, pods: [podName(broken)] });
    expect(r.details).toContainEqual({
      key: podName(broken),
      actual: ['openshift.io/scc=restricted-v2'],
      ok: false,
    });
    expect(r.details).toContainEqual({
      key: `container:tool:${podName(broken)}/tools`,
      actual: ['HOST_USERS=false'],
      ok: false,
    });
    expect(r.remedies.map((x) => x.code)).toEqual([
      'list-workspace-pods-userns',
      'show-pod-nested-config',
    ]);
    expect(remedyText(r.remedies[1])).toMatch(
      new RegExp(`^oc get pod ${broken.metadata!.name} -n alice-devspaces `),
    );
  });
  it('does not apply while the feature is off, and cannot tell without pods', () => {
    expect(outcome(check(evaluate(offSnapshot(), { now: 0 }), 'workspace-pod-config'))).toEqual([
      'na',
      'feature-off',
    ]);
    const r = check(
      evaluate(onSnapshot({ workspacePods: forbidden() }), { now: 0 }),
      'workspace-pod-config',
    );
    expect(outcome(r)).toEqual(['unknown', 'forbidden']);
  });
});

describe('workspace-pod-config: containers by role', () => {
  it('a healthy routingClass che pod passes: the gateway has no HOST_USERS and needs none', () => {
    const pod = devSpacesPod();
    expect(container(pod, 'che-gateway').env).toBeUndefined();
    expect(container(pod, 'project-clone').securityContext?.procMount).toBeUndefined();
    const r = podConfig([pod]);
    expect(outcome(r)).toEqual(['pass', 'pod-config-ok']);
    // The evidence: which containers were judged for what.
    expect(r.details).toEqual([
      { key: 'containers.tool', actual: 1 },
      { key: 'containers.routing', actual: 1 },
      { key: 'containers.project-clone', actual: 1 },
      { key: 'containers.init', actual: 1 },
    ]);
  });

  it.each([
    [
      'the tool container lacks HOST_USERS',
      (p: Pod) =>
        (firstContainer(p).env = firstContainer(p).env!.filter((e) => e.name !== 'HOST_USERS')),
      'fail',
      'tool',
      'tools',
      ['HOST_USERS=false'],
    ],
    [
      'the tool container has a masked /proc',
      (p: Pod) => delete firstContainer(p).securityContext!.procMount,
      'fail',
      'tool',
      'tools',
      ['securityContext.procMount: Unmasked'],
    ],
    [
      'the gateway did not get the security context',
      (p: Pod) => (container(p, 'che-gateway').securityContext = { runAsUser: 1000 }),
      'warn',
      'routing',
      'che-gateway',
      ['securityContext.procMount: Unmasked'],
    ],
    [
      'project-clone did not get the env',
      (p: Pod) => (container(p, 'project-clone').env = []),
      'warn',
      'project-clone',
      'project-clone',
      ['HOST_USERS=false'],
    ],
  ] as const)('%s: names the container and its role', (_, f, status, role, name, actual) => {
    const pod = mutate(f);
    const r = podConfig([pod]);
    expect(outcome(r)).toEqual([status, 'pod-config-problems']);
    expect(r.details).toContainEqual({
      key: `container:${role}:${podName(pod)}/${name}`,
      actual: [...actual],
      ok: false,
    });
  });

  it('the editor injector (another init container) is not judged', () => {
    const pod = mutate((p) => {
      const injector = container(p, 'che-code-injector');
      injector.env = [];
      injector.securityContext = {};
    });
    expect(outcome(podConfig([pod]))).toEqual(['pass', 'pod-config-ok']);
  });

  it('DWO 0.39 injects no HOST_USERS: the tool container fails, the gateway is not blamed', () => {
    const pod = devSpacesPod({ dwoVersion: '0.39.0' });
    const r = podConfig([pod]);
    expect(outcome(r)).toEqual(['fail', 'pod-config-problems']);
    const keys = r.details.map((d) => d.key).filter((k) => k.startsWith('container:'));
    expect(keys).toEqual([
      `container:tool:${podName(pod)}/tools`,
      `container:project-clone:${podName(pod)}/project-clone`,
    ]);
  });

  it('a pod whose containers cannot be read is unknown for that pod, never a pass', () => {
    const empty = mutate((p) => delete p.spec!.containers, 'empty');
    const r = podConfig([devSpacesPod(), empty]);
    expect(outcome(r)).toEqual(['unknown', 'pod-config-unreadable']);
    expect(r.params).toEqual({ count: 1, pods: [podName(empty)] });
    expect(r.details).toContainEqual({
      key: podName(empty),
      actual: 'spec.containers: (none)',
      ok: false,
    });
    // A failing pod beside it still fails.
    const broken = mutate((p) => (firstContainer(p).env = []), 'broken');
    expect(outcome(podConfig([broken, empty]))).toEqual(['fail', 'pod-config-problems']);
    const garbage = mutate(
      (p) => ((p.spec as Record<string, unknown>).containers = 'x'),
      'garbage',
    );
    expect(outcome(podConfig([garbage]))).toEqual(['unknown', 'pod-config-unreadable']);
  });
});

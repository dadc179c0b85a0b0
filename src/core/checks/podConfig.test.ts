import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { forbidden, loaded } from '../snapshot';
import type { Pod } from '../../models/pod';
import { nestedPod, offSnapshot, onSnapshot, workspacePod } from '../testing/builders';
import { check, outcome } from '../testing/query';
import { remedyText } from '../remedyYaml';

const podConfig = (pods: Pod[]) =>
  check(evaluate(onSnapshot({ workspacePods: loaded(pods) }), { now: 0 }), 'workspace-pod-config');

const mutate = (f: (p: Pod) => void, name = 'ws-pod'): Pod => {
  const pod = nestedPod({ name });
  f(pod);
  return pod;
};
const setAnnotation = (key: string, value: string | undefined) => (p: Pod) => {
  const a = { ...p.metadata?.annotations };
  if (value === undefined) delete a[key];
  else a[key] = value;
  p.metadata = { ...p.metadata, annotations: a };
};
const firstContainer = (p: Pod) => p.spec!.containers![0];

describe('workspace-pod-config', () => {
  it.each([
    ['everything in place', [nestedPod()], ['pass', 'pod-config-ok']],
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

  it('names each miss under its pod and counts the good ones when all fine', () => {
    expect(podConfig([nestedPod({ name: 'a' }), nestedPod({ name: 'b' })]).params).toEqual({
      count: 2,
    });
    const r = podConfig([
      nestedPod({ name: 'fine' }),
      mutate((p) => {
        setAnnotation('openshift.io/scc', 'restricted-v2')(p);
        firstContainer(p).env = [];
      }, 'broken'),
    ]);
    expect(r.params).toEqual({ count: 1, pods: ['alice-devspaces/broken'] });
    expect(r.details).toContainEqual({
      key: 'alice-devspaces/broken',
      actual: ['openshift.io/scc=restricted-v2', 'HOST_USERS=false (universal-developer-image)'],
      ok: false,
    });
    expect(r.remedies.map((x) => x.code)).toEqual([
      'list-workspace-pods-userns',
      'show-pod-nested-config',
    ]);
    expect(remedyText(r.remedies[1])).toMatch(/^oc get pod broken -n alice-devspaces /);
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

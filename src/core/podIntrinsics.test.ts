import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { loaded } from './snapshot';
import type { Pod } from '../models/pod';
import { devSpacesPod, devWorkspace, onSnapshot } from './testing/builders';
import { check, outcome } from './testing/query';
import { podIntrinsicsOf } from './podIntrinsics';
import type { Dict } from './guards';

const asDict = (p: Pod) => p as unknown as Dict;

const workspace = devWorkspace({
  id: 'workspace0123456789abcdef',
  scc: 'container-run',
  started: true,
});
const healthy = devSpacesPod({ id: 'workspace0123456789abcdef' });

/** The pod as DWO would rebuild it after someone removed HOST_USERS from the tool container. */
const withoutHostUsers = (pod: Pod): Pod => {
  const copy = structuredClone(pod);
  const tool = copy.spec?.containers?.[0];
  if (!tool) throw new Error('the builder gave the pod no container');
  tool.env = (tool.env ?? []).filter((e) => e.name !== 'HOST_USERS');
  return copy;
};

const podConfig = (pods: Pod[]) =>
  check(
    evaluate(onSnapshot({ devWorkspaces: loaded([workspace]), workspacePods: loaded(pods) }), {
      now: 0,
    }),
    'workspace-pod-config',
  );

describe('podIntrinsicsOf', () => {
  it('reads a pod object once: the console hands over the same object until it changes', () => {
    expect(podIntrinsicsOf(asDict(healthy))).toBe(podIntrinsicsOf(asDict(healthy)));
  });

  it('a changed pod is a new object and is read afresh, in the next evaluation too', () => {
    expect(outcome(podConfig([healthy]))).toEqual(['pass', 'pod-config-ok']);
    const changed = withoutHostUsers(healthy);
    const r = podConfig([changed]);
    expect(outcome(r)).toEqual(['fail', 'pod-config-problems']);
    expect(r.details.map((d) => d.key)).toContain(
      `container:tool:${changed.metadata!.namespace}/${changed.metadata!.name}/tools`,
    );
    // And back: the earlier object still gives its own answer.
    expect(outcome(podConfig([healthy]))).toEqual(['pass', 'pod-config-ok']);
  });

  it('counts the containers by role as DWO and che-operator build them', () => {
    expect(podIntrinsicsOf(asDict(healthy)).roles).toEqual({
      tool: 1,
      routing: 1,
      'project-clone': 1,
      init: 1,
    });
  });

  it('a pod without a user namespace is not judged for nested podman, only for root on the node', () => {
    const plain = structuredClone(healthy);
    plain.spec!.hostUsers = undefined;
    const own = podIntrinsicsOf(asDict(plain));
    expect(own.containerMisses).toEqual([]);
    expect(own.hostUsersOff).toBe(false);
  });
});

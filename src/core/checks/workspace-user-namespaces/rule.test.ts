import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { loaded } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import {
  devSpacesPod,
  nestedPod,
  offSnapshot,
  onSnapshot,
  workspacePod,
} from '../../testing/builders';
import { check, outcome } from '../../testing/query';

const off = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });
const on = (o: Partial<ClusterSnapshot>) => evaluate(onSnapshot(o), { now: 0 });

describe('workspace-user-namespaces', () => {
  it('is n/a when off', () => {
    expect(outcome(check(off({}), 'workspace-user-namespaces'))).toEqual(['na', 'feature-off']);
  });

  it('counts running pods with and without hostUsers:false', () => {
    expect(outcome(check(on({}), 'workspace-user-namespaces'))).toEqual(['pass', 'userns-all']);
    const mixed = on({
      workspacePods: loaded([
        nestedPod({ name: 'a' }),
        nestedPod({ name: 'b' }),
        workspacePod({ name: 'started-before' }),
        workspacePod({ name: 'done', phase: 'Succeeded' }),
      ]),
    });
    const r = check(mixed, 'workspace-user-namespaces');
    expect(outcome(r)).toEqual(['warn', 'userns-some-missing']);
    expect(r.params).toEqual({ with: 2, without: 1 });
    expect(outcome(check(on({ workspacePods: loaded([]) }), 'workspace-user-namespaces'))).toEqual([
      'pass',
      'userns-no-pods',
    ]);
  });

  it('pods built the way DWO builds them (tool, che-gateway, init containers) all pass', () => {
    const r = check(
      on({ workspacePods: loaded([devSpacesPod({ id: 'a' }), devSpacesPod({ id: 'b' })]) }),
      'workspace-user-namespaces',
    );
    expect(outcome(r)).toEqual(['pass', 'userns-all']);
    expect(r.params).toEqual({ with: 2 });
  });

  it('a pod whose containers cannot be read is unknown for that pod, not counted either way', () => {
    const empty = devSpacesPod({ id: 'empty' });
    delete empty.spec!.containers;
    const ref = `${empty.metadata!.namespace}/${empty.metadata!.name}`;
    const r = check(
      on({ workspacePods: loaded([devSpacesPod(), empty]) }),
      'workspace-user-namespaces',
    );
    expect(outcome(r)).toEqual(['unknown', 'userns-unreadable']);
    expect(r.params).toEqual({ count: 1, pods: [ref] });
    expect(r.details).toContainEqual({ key: 'pods.unreadable', actual: 1, expected: 0, ok: false });
    // A pod without a user namespace beside it is still the warning it was.
    const mixed = check(
      on({ workspacePods: loaded([workspacePod({ name: 'old' }), empty]) }),
      'workspace-user-namespaces',
    );
    expect(outcome(mixed)).toEqual(['warn', 'userns-some-missing']);
    expect(mixed.params).toEqual({ with: 0, without: 1 });
  });
});

/** workspace-user-namespaces: whether the running workspace pods have a user namespace (hostUsers: false). */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckResult } from '../../results';
import type { CheClusterContext } from '../../cheClusterContext';
import { podIntrinsicsOf } from '../../podIntrinsics';
import * as fix from '../../remedies';
import { na, result, stateOf, unusable } from '../../resultBuilders';
import type { WorkspaceBucket } from '../../workspaceIndex';

export const checkWorkspaceUserNamespaces = (
  snapshot: ClusterSnapshot,
  ctx: CheClusterContext,
  scope: WorkspaceBucket,
): CheckResult => {
  const id = 'workspace-user-namespaces';
  if (!ctx.requestedEnabled) return na(id, 'feature-off');
  const s = stateOf(snapshot.workspacePods);
  if (s !== 'loaded' && s !== 'not-found') return unusable(id, 'pods', snapshot.workspacePods);
  // A pod whose containers cannot be read is "cannot tell" for it, counted on neither side.
  let withUserns = 0;
  let without = 0;
  const unreadable: string[] = [];
  for (const p of scope.pods) {
    if (!podIntrinsicsOf(p.raw).readable) unreadable.push(`${p.namespace}/${p.name}`);
    else if (p.hostUsersOff) withUserns++;
    else without++;
  }
  const details = [
    { key: 'pods.hostUsersFalse', actual: withUserns },
    { key: 'pods.hostUsersDefault', actual: without, expected: 0, ok: without === 0 },
    ...(unreadable.length > 0
      ? [{ key: 'pods.unreadable', actual: unreadable.length, expected: 0, ok: false }]
      : []),
  ];
  if (scope.pods.length === 0) return result(id, 'pass', 'userns-no-pods', {});
  if (without > 0) {
    return result(
      id,
      'warn',
      'userns-some-missing',
      { with: withUserns, without },
      { field: 'spec.hostUsers', details, remedies: [fix.listWorkspacePodsUserns()] },
    );
  }
  if (unreadable.length > 0) {
    return result(
      id,
      'unknown',
      'userns-unreadable',
      { count: unreadable.length, pods: unreadable },
      { field: 'spec.containers', details, remedies: [fix.listWorkspacePodsUserns()] },
    );
  }
  return result(id, 'pass', 'userns-all', { with: withUserns }, { details });
};

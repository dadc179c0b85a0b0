/** Workspace checks: legacy workspaces, user namespaces on running pods, and root on the node. */
import type { ClusterSnapshot } from '../snapshot';
import type { CheckResult, LegacyWorkspace, RootOnHostPod } from '../results';
import type { InstanceContext } from '../instance';
import { devWorkspacesRef } from '../refs';
import * as fix from '../remedies';
import { na, result, stateOf, unusable } from '../result';
import type { WorkspaceBucket } from '../workspaceIndex';

/** Per-object remedies are capped; the listing command covers the rest. */
const MAX_OBJECT_REMEDIES = 5;

/** Workspaces that recorded another SCC than the run SCC: the webhook forbids changing it. */
/** Workspaces created with another SCC than `runScc` (or, with `same`, with it). */
export const workspacesBySccOf = (
  scope: WorkspaceBucket,
  runScc: string,
  same = false,
): LegacyWorkspace[] =>
  scope.workspaces
    .filter((w) => (w.scc === runScc) === same)
    .map((w) => ({
      namespace: w.namespace,
      name: w.name,
      ...(w.creator !== undefined ? { creator: w.creator } : {}),
      ...(w.scc !== undefined ? { scc: w.scc } : {}),
      started: w.started,
    }));

export const checkLegacyWorkspaces = (
  snapshot: ClusterSnapshot,
  ctx: InstanceContext,
  legacy: LegacyWorkspace[],
): CheckResult => {
  const id = 'legacy-workspaces';
  const s = stateOf(snapshot.devWorkspaces);
  if (s !== 'loaded' && s !== 'not-found') {
    return unusable(id, 'devworkspaces', snapshot.devWorkspaces);
  }
  if (legacy.length === 0) return result(id, 'pass', 'legacy-none', {});
  const started = legacy.filter((w) => w.started).length;
  return result(
    id,
    'warn',
    ctx.requestedEnabled ? 'legacy-cannot-start' : 'legacy-will-break',
    { count: legacy.length },
    {
      object: devWorkspacesRef(),
      field: 'spec.template.attributes["controller.devfile.io/scc"]',
      details: [
        { key: 'workspaces.legacy', actual: legacy.length, expected: 0, ok: false },
        { key: 'workspaces.legacy.started', actual: started },
        { key: 'workspaces.scc.expected', actual: ctx.runScc },
      ],
      remedies: [
        fix.listWorkspacesWithScc(),
        ...legacy
          .slice(0, MAX_OBJECT_REMEDIES)
          .map((w) => fix.deleteWorkspace(w.namespace, w.name)),
      ],
    },
  );
};

export const checkWorkspaceUserNamespaces = (
  snapshot: ClusterSnapshot,
  ctx: InstanceContext,
  scope: WorkspaceBucket,
): CheckResult => {
  const id = 'workspace-user-namespaces';
  if (!ctx.requestedEnabled) return na(id, 'feature-off');
  const s = stateOf(snapshot.workspacePods);
  if (s !== 'loaded' && s !== 'not-found') return unusable(id, 'pods', snapshot.workspacePods);
  const withUserns = scope.pods.filter((p) => p.hostUsersOff).length;
  const without = scope.pods.length - withUserns;
  const details = [
    { key: 'pods.hostUsersFalse', actual: withUserns },
    { key: 'pods.hostUsersDefault', actual: without, expected: 0, ok: without === 0 },
  ];
  if (scope.pods.length === 0) return result(id, 'pass', 'userns-no-pods', {});
  if (without === 0) return result(id, 'pass', 'userns-all', { with: withUserns }, { details });
  return result(
    id,
    'warn',
    'userns-some-missing',
    { with: withUserns, without },
    { field: 'spec.hostUsers', details, remedies: [fix.listWorkspacePodsUserns()] },
  );
};

export const rootOnHostPodsOf = (scope: WorkspaceBucket): RootOnHostPod[] =>
  scope.pods
    .filter((p) => p.rootReasons.length > 0)
    .map((p) => ({
      namespace: p.namespace,
      name: p.name,
      ...(p.workspaceId !== undefined ? { workspaceId: p.workspaceId } : {}),
      ...(p.scc !== undefined ? { scc: p.scc } : {}),
      reasons: p.rootReasons,
    }));

export const checkRootOnHost = (
  snapshot: ClusterSnapshot,
  scope: WorkspaceBucket,
  found: RootOnHostPod[],
): CheckResult => {
  const id = 'root-on-host';
  const s = stateOf(snapshot.workspacePods);
  if (s !== 'loaded' && s !== 'not-found') return unusable(id, 'pods', snapshot.workspacePods);
  if (found.length === 0) return result(id, 'pass', 'root-none', { pods: scope.pods.length });
  const count = (r: string) => found.filter((p) => p.reasons.includes(r)).length;
  const root = found.filter(
    (p) => p.reasons.includes('runs-as-root') || p.reasons.includes('privileged'),
  );
  const details = [
    { key: 'pods.rootOnHost', actual: root.length, expected: 0, ok: root.length === 0 },
    { key: 'pods.runsAsRoot', actual: count('runs-as-root') },
    { key: 'pods.allowsPrivilegeEscalation', actual: count('allows-privilege-escalation') },
    { key: 'pods.privileged', actual: count('privileged') },
  ];
  const remedies = [
    fix.listWorkspacePodsUserns(),
    ...(root.length > 0 ? root : found)
      .slice(0, MAX_OBJECT_REMEDIES)
      .map((p) => fix.showPodSecurity(p.namespace, p.name)),
  ];
  // Root or privileged is root on the node today; escalation only could reach it (setuid binary).
  if (root.length > 0)
    return result(
      id,
      'fail',
      'root-found',
      { count: root.length },
      { field: 'spec.hostUsers', details, remedies },
    );
  return result(
    id,
    'warn',
    'escalation-possible',
    { count: found.length },
    { field: 'spec.containers[].securityContext.allowPrivilegeEscalation', details, remedies },
  );
};

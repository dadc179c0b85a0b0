/** Workspace checks: legacy workspaces, user namespaces on running pods, and root on the node. */
import type { ClusterSnapshot } from '../snapshot';
import type { CheckResult, LegacyWorkspace, RootOnHostPod } from '../results';
import type { InstanceContext } from '../instance';
import { podIntrinsicsOf } from '../podIntrinsics';
import { devWorkspacesRef } from '../refs';
import * as fix from '../remedies';
import { na, result, stateOf, unusable } from '../resultBuilders';
import type { WorkspaceBucket } from '../workspaceIndex';

/** Per-object remedies are capped; the listing command covers the rest. */
const MAX_OBJECT_REMEDIES = 5;

// Assigned, not spread: this runs for every workspace on every evaluation.
const toLegacy = (w: WorkspaceBucket['workspaces'][number]): LegacyWorkspace => {
  const out: LegacyWorkspace = { namespace: w.namespace, name: w.name, started: w.started };
  if (w.creator !== undefined) out.creator = w.creator;
  if (w.scc) out.scc = w.scc;
  return out;
};

/**
 * Workspaces by what their recorded SCC (`controller.devfile.io/scc`) says, in one pass:
 * - `withRunScc`: the run SCC itself;
 * - `legacy`: another SCC. The DevWorkspace webhook forbids changing a non-empty value, so these
 *   cannot move to the run SCC;
 * - `unrecorded`: none. Adding the attribute only needs `use` on the SCC, and the dashboard adds it
 *   when it starts a workspace (che-dashboard manageContainerSccAttribute), so they start from the
 *   dashboard; started another way (oc, a GitOps tool) their pod is not pinned to the run SCC and
 *   admission refuses it.
 */
export const workspacesBySccOf = (
  scope: WorkspaceBucket,
  runScc: string,
): { withRunScc: LegacyWorkspace[]; legacy: LegacyWorkspace[]; unrecorded: LegacyWorkspace[] } => {
  const withRunScc: LegacyWorkspace[] = [];
  const legacy: LegacyWorkspace[] = [];
  const unrecorded: LegacyWorkspace[] = [];
  for (const w of scope.workspaces) {
    (!w.scc ? unrecorded : w.scc === runScc ? withRunScc : legacy).push(toLegacy(w));
  }
  return { withRunScc, legacy, unrecorded };
};

export const checkLegacyWorkspaces = (
  snapshot: ClusterSnapshot,
  ctx: InstanceContext,
  legacy: LegacyWorkspace[],
  unrecorded: LegacyWorkspace[],
): CheckResult => {
  const id = 'legacy-workspaces';
  const s = stateOf(snapshot.devWorkspaces);
  if (s !== 'loaded' && s !== 'not-found') {
    return unusable(id, 'devworkspaces', snapshot.devWorkspaces);
  }
  if (legacy.length === 0 && unrecorded.length === 0) return result(id, 'pass', 'legacy-none', {});
  const scc = ctx.runScc;
  const details = [
    {
      key: 'workspaces.legacy',
      actual: legacy.length,
      expected: 0,
      ok: legacy.length === 0,
    },
    { key: 'workspaces.legacy.started', actual: legacy.filter((w) => w.started).length },
    { key: 'workspaces.unrecorded', actual: unrecorded.length },
    { key: 'workspaces.scc.expected', actual: scc },
  ];
  const field = 'spec.template.attributes["controller.devfile.io/scc"]';
  const object = devWorkspacesRef();
  if (legacy.length === 0) {
    // Only unrecorded ones: the dashboard records the run SCC when it starts them, so this is a
    // note (with the patch for starting them another way), not a warning.
    return result(
      id,
      'pass',
      'legacy-unrecorded',
      { count: unrecorded.length, scc },
      {
        object,
        field,
        details,
        remedies: [
          fix.listWorkspacesWithScc(),
          ...unrecorded
            .slice(0, MAX_OBJECT_REMEDIES)
            .map((w) => fix.recordWorkspaceScc(w.namespace, w.name, scc)),
        ],
      },
    );
  }
  return result(
    id,
    'warn',
    ctx.requestedEnabled ? 'legacy-cannot-start' : 'legacy-will-break',
    { count: legacy.length, scc, unrecorded: unrecorded.length },
    {
      object,
      field,
      details,
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

export const rootOnHostPodsOf = (scope: WorkspaceBucket): RootOnHostPod[] =>
  scope.pods
    .filter((p) => p.rootReasons.length > 0)
    .map((p) => ({
      namespace: p.namespace,
      name: p.name,
      ...(p.workspaceId !== undefined ? { workspaceId: p.workspaceId } : {}),
      ...(p.scc !== undefined ? { scc: p.scc } : {}),
      reasons: [...p.rootReasons],
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

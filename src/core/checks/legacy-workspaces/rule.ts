/** legacy-workspaces: workspaces whose recorded SCC keeps them from starting once the switch changes. */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckResult, LegacyWorkspace } from '../../results';
import type { CheClusterContext } from '../../cheClusterContext';
import { devWorkspacesRef } from '../../refs';
import * as fix from './remedies';
import { result, stateOf, unusable } from '../../resultBuilders';
import type { WorkspaceBucket } from '../../workspaceIndex';

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
  ctx: CheClusterContext,
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

/**
 * kubedock-workspaces: a container component with KUBEDOCK_ENABLED=true makes the developer
 * image's entrypoint start kubedock and point podman at it (devfile/developer-images
 * universal/ubi9/entrypoint.sh), so `podman run` creates pods next to the workspace instead of
 * nested containers. Those workspaces keep working, but do not use the feature.
 */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckResult } from '../../results';
import type { CheClusterContext } from '../../cheClusterContext';
import { dict, list, str } from '../../guards';
import { devWorkspacesRef } from '../../refs';
import * as fix from './remedies';
import { na, result, stateOf, unusable } from '../../resultBuilders';
import type { WorkspaceBucket } from '../../workspaceIndex';

/** Plain loops and direct reads: this runs for every workspace on every evaluation. */
const usesKubedock = (dw: unknown): boolean => {
  const components = list(dict(dict(dict(dw).spec).template).components);
  for (let i = 0; i < components.length; i++) {
    const env = list(dict(dict(components[i]).container).env);
    for (let j = 0; j < env.length; j++) {
      const e = dict(env[j]);
      if (e.name === 'KUBEDOCK_ENABLED' && str(e.value)?.toLowerCase() === 'true') return true;
    }
  }
  return false;
};

export const checkKubedockWorkspaces = (
  snapshot: ClusterSnapshot,
  ctx: CheClusterContext,
  scope: WorkspaceBucket,
): CheckResult => {
  const id = 'kubedock-workspaces';
  if (!ctx.requestedEnabled) return na(id, 'feature-off');
  const s = stateOf(snapshot.devWorkspaces);
  if (s !== 'loaded' && s !== 'not-found') {
    return unusable(id, 'devworkspaces', snapshot.devWorkspaces);
  }
  const found = scope.workspaces
    .filter((w) => usesKubedock(w.raw))
    .map((w) => `${w.namespace}/${w.name}`);
  if (found.length === 0) return result(id, 'pass', 'kubedock-none', {});
  return result(
    id,
    'warn',
    'kubedock-found',
    { count: found.length, workspaces: found },
    {
      object: devWorkspacesRef(),
      field: 'spec.template.components[].container.env[KUBEDOCK_ENABLED]',
      details: [{ key: 'workspaces.kubedock', actual: found.length, expected: 0, ok: false }],
      remedies: [fix.listKubedockWorkspaces()],
    },
  );
};

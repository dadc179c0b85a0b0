/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';

/** Workspaces whose container components still turn kubedock on. */
export const listKubedockWorkspaces = (): Remedy =>
  oc(
    'list-kubedock-workspaces',
    `oc get devworkspaces -A -o json | jq -r '.items[] | select(any(.spec.template.components[]?.container.env[]?; .name == "KUBEDOCK_ENABLED" and (.value | ascii_downcase) == "true")) | "\\(.metadata.namespace)/\\(.metadata.name)"'`,
  );

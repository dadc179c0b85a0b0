/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';

export const listWorkspaceImages = (): Remedy =>
  oc(
    'list-workspace-images',
    `oc get devworkspaces -A -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,IMAGES:.spec.template.components[*].container.image,PARENT:.spec.template.parent'`,
  );

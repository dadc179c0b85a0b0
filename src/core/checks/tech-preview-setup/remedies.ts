/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';
export { enableFeature } from '../../remedies';

/** Tech-preview recipe: stop naming the hand-made nested SCC as the build SCC (back to the default). */
export const dropNestedBuildScc = (namespace: string, name: string): Remedy =>
  oc(
    'drop-nested-build-scc',
    `oc patch checluster ${name} -n ${namespace} --type=json -p '[{"op":"remove","path":"/spec/devEnvironments/containerBuildConfiguration/openShiftSecurityContextConstraint"}]'`,
  );

export const deleteScc = (name: string): Remedy => oc('delete-nested-scc', `oc delete scc ${name}`);

/** Workspaces still carrying the recipe's pod-overrides attribute; recreate them without it. */
export const listPodOverridesWorkspaces = (): Remedy =>
  oc(
    'list-pod-overrides-workspaces',
    `oc get devworkspaces -A -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,POD-OVERRIDES:.spec.template.attributes.pod-overrides'`,
  );

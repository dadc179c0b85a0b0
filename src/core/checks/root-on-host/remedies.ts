/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';
export { listWorkspacePodsUserns } from '../../remedies';

export const showPodSecurity = (namespace: string, name: string): Remedy =>
  oc(
    'show-pod-security',
    `oc get pod ${name} -n ${namespace} -o jsonpath='{.spec.hostUsers}{"\\n"}{.spec.securityContext}{"\\n"}{range .spec.containers[*]}{.name}{": "}{.securityContext}{"\\n"}{end}'`,
  );

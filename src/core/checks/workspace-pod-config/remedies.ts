/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';
export { listWorkspacePodsUserns } from '../../remedies';

/** What a pod got for nested podman: its SCC, devices annotation, HOST_USERS and procMount. */
export const showPodNestedConfig = (namespace: string, name: string): Remedy =>
  oc(
    'show-pod-nested-config',
    `oc get pod ${name} -n ${namespace} -o jsonpath='{.metadata.annotations.openshift\\.io/scc}{"\\n"}{.metadata.annotations.io\\.kubernetes\\.cri-o\\.Devices}{"\\n"}{range .spec.containers[*]}{.name}: procMount={.securityContext.procMount} HOST_USERS={.env[?(@.name=="HOST_USERS")].value}{"\\n"}{end}'`,
  );

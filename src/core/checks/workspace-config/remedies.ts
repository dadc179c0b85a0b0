/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc, yaml } from '../../remedies';
export { showCheClusterStatus, operatorLogs, showScc } from '../../remedies';

export const showDwoc = (namespace: string): Remedy =>
  oc('show-dwoc', `oc get devworkspaceoperatorconfig devworkspace-config -n ${namespace} -o yaml`);

export const dwocYaml = (namespace: string, workspace: Record<string, unknown>): Remedy =>
  yaml('dwoc-expected', {
    apiVersion: 'controller.devfile.io/v1alpha1',
    kind: 'DevWorkspaceOperatorConfig',
    metadata: { name: 'devworkspace-config', namespace },
    config: { workspace },
  });

/** Drops the pod-level UID the run SCC refuses; the SCC then assigns its own (che-operator: 1000). */
export const dropPodRunAsUser = (namespace: string, name: string): Remedy =>
  oc(
    'drop-pod-run-as-user',
    `oc patch checluster ${name} -n ${namespace} --type=json -p '[{"op":"remove","path":"/spec/devEnvironments/security/podSecurityContext/runAsUser"}]'`,
  );

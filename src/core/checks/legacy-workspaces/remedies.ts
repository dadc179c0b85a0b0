/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc, q } from '../../remedies';

export const listWorkspacesWithScc = (): Remedy =>
  oc(
    'list-workspaces-scc',
    `oc get devworkspaces -A -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,CREATOR:.metadata.labels.controller\\.devfile\\.io/creator,STARTED:.spec.started,SCC:.spec.template.attributes.controller\\.devfile\\.io/scc'`,
  );

export const deleteWorkspace = (namespace: string, name: string): Remedy =>
  oc('delete-workspace', `oc delete devworkspace ${name} -n ${namespace}`);

/** Records the run SCC on a workspace that has none (allowed: the webhook only forbids changing a set value). */
export const recordWorkspaceScc = (namespace: string, name: string, scc: string): Remedy =>
  oc(
    'record-workspace-scc',
    `oc patch devworkspace ${name} -n ${namespace} --type=merge -p ${q(
      JSON.stringify({ spec: { template: { attributes: { 'controller.devfile.io/scc': scc } } } }),
    )}`,
  );

/**
 * The words of a change reconciling: each step, what to look at when one stalls, and how long
 * ago the change was made. Only the reconcile steps (ReconcileSteps.tsx, a chunk of its own)
 * show them, so they are not in the summary's module, which the first screen loads.
 */
import type { Translate } from '../../core/translate';
import type { CheClusterReport } from '../../core/results';
import type { ReconcileStepId } from '../../core/reconcileSteps';

export const stepText = (
  t: Translate,
  step: ReconcileStepId,
  cheClusterReport: CheClusterReport,
): string => {
  switch (step) {
    case 'patch-accepted':
      return t('Change accepted by the API server');
    case 'scc-created':
      return t('SCC {{scc}} created', { scc: cheClusterReport.runScc });
    case 'rbac':
      return t('Workspaces allowed to use the SCC (RBAC)');
    case 'workspace-config':
      return t('Workspace configuration set for user namespaces');
    case 'workspace-config-reset':
      return t('Workspace configuration reset');
    case 'devspaces-active':
      return t('Dev Spaces Active');
    default: {
      const unknown: never = step;
      return String(unknown);
    }
  }
};

/** Where to look when a step takes longer than the operator normally needs. */
export const stallHint = (
  t: Translate,
  step: ReconcileStepId,
  cheClusterReport: CheClusterReport,
): string => {
  const { namespace, name } = cheClusterReport.cheCluster;
  const p = { namespace, name, scc: cheClusterReport.runScc };
  switch (step) {
    case 'patch-accepted':
      return t('Reload the page: the change may not have been saved.');
    case 'scc-created':
    case 'rbac':
      return t(
        'This usually takes seconds. Look at the CheCluster status (oc get checluster {{name}} -n {{namespace}} -o yaml) and the operator logs for errors about the SCC {{scc}}.',
        p,
      );
    case 'workspace-config':
    case 'workspace-config-reset':
      return t(
        'This usually takes seconds. Look at devworkspace-config in {{namespace}} (oc get dwoc devworkspace-config -n {{namespace}} -o yaml) and the operator logs.',
        p,
      );
    case 'devspaces-active':
      return t(
        'Dev Spaces is still rolling out. Look at the CheCluster status message and the pods in {{namespace}} (oc get pods -n {{namespace}}).',
        p,
      );
    default: {
      const unknown: never = step;
      return String(unknown);
    }
  }
};

/** "1 min 5 s", "40 s". */
export const elapsedText = (t: Translate, ms: number): string => {
  const total = Math.floor(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60);
  return minutes > 0
    ? t('{{minutes}} min {{seconds}} s', { minutes: String(minutes), seconds })
    : t('{{seconds}} s', { seconds });
};

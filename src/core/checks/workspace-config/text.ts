import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What workspace-config says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<
  typeof reasons,
  'show-dwoc' | 'dwoc-expected' | 'drop-pod-run-as-user'
> = {
  title: (t) => t('Workspace configuration'),
  reasons: {
    'dwoc-ok': (t, p) =>
      t('The workspace configuration in {{namespace}} runs workspaces in user namespaces.', p),
    'dwoc-missing': (t, p) =>
      t('The DevWorkspaceOperatorConfig devworkspace-config is missing in {{namespace}}.', p),
    'dwoc-missing-reconcile-failed': (t, p) =>
      t(
        'The DevWorkspaceOperatorConfig devworkspace-config is missing in {{namespace}} while the operator reports a failed reconcile (see Dev Spaces status): {{message}}',
        p,
      ),
    'dwoc-differs': (t, p) =>
      t(
        'The workspace configuration in {{namespace}} differs from what the operator writes for this CheCluster: {{fields}}.',
        p,
      ),
    'dwoc-run-as-user-rejected': (t, p) =>
      t(
        'Workspace pods get runAsUser {{uid}} (devEnvironments.security.podSecurityContext, copied into the workspace configuration in {{namespace}}), which the SCC {{scc}} refuses ({{allowed}}): every new workspace pod is rejected. Remove the runAsUser.',
        p,
      ),
  },
  remedies: {
    'show-dwoc': (t) => t('Show the workspace configuration.'),
    'dwoc-expected': (t) => t('The workspace configuration the operator writes.'),
    'drop-pod-run-as-user': (t) =>
      t('Remove the pod runAsUser from the CheCluster so the SCC assigns its own UID.'),
  },
};

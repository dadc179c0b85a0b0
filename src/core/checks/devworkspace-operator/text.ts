import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What devworkspace-operator says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'list-dwo-csvs' | 'show-dwoc-crd-field'> = {
  title: (t) => t('DevWorkspace Operator'),
  reasons: {
    'dwo-supports-host-users': (t, p) =>
      p.version
        ? t(
            'The DevWorkspace Operator {{version}} supports hostUsers and sets HOST_USERS=false.',
            p,
          )
        : t('The DevWorkspace Operator supports hostUsers; its version could not be read.'),
    'dwo-too-old': (t, p) =>
      t(
        'The DevWorkspace Operator does not know config.workspace.hostUsers ({{crd}}): it would drop the setting and every workspace pod would be rejected. Upgrade it to 0.37 or later.',
        p,
      ),
    'dwo-no-host-users-env': (t, p) =>
      t(
        'The DevWorkspace Operator {{version}} does not set HOST_USERS=false in workspace containers (0.40 does): workspaces from parent devfiles fail to run podman. Upgrade it.',
        p,
      ),
  },
  remedies: {
    'list-dwo-csvs': (t) => t('List the installed DevWorkspace Operator versions.'),
    'show-dwoc-crd-field': (t) =>
      t('Check whether the DevWorkspaceOperatorConfig CRD has config.workspace.hostUsers.'),
  },
  details: {
    'crd.dwoc.hostUsers': (t) =>
      t('DevWorkspaceOperatorConfig CRD declares config.workspace.hostUsers'),
    'dwo.version': (t) => t('DevWorkspace Operator version (ClusterServiceVersion)'),
  },
};

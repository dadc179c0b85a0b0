import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What kubedock-workspaces says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'list-kubedock-workspaces'> = {
  title: (t) => t('Workspaces using kubedock'),
  reasons: {
    'kubedock-none': (t) => t('No workspace sends podman to kubedock.'),
    'kubedock-found': (t, p) =>
      t(
        'Workspaces that set KUBEDOCK_ENABLED=true, so their podman run goes to kubedock rather than nested containers: {{count}} ({{workspaces}}). Remove the variable from their devfiles.',
        p,
      ),
  },
  remedies: {
    'list-kubedock-workspaces': (t) => t('List the workspaces that still turn kubedock on.'),
  },
  details: {
    'workspaces.kubedock': (t) => t('Workspaces with KUBEDOCK_ENABLED=true'),
  },
};

import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What root-on-host says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'show-pod-security'> = {
  title: (t) => t('Root on the node'),
  reasons: {
    'root-none': (t, p) => t('No workspace pod can run as root on the node ({{pods}} checked).', p),
    'root-found': (t, p) => t('Workspace pods that can run as root on the node: {{count}}.', p),
    'escalation-possible': (t, p) =>
      t(
        'Workspace pods that run as a non-root user but may escalate privileges without a user namespace: {{count}}. A setuid binary could reach root on the node; nested containers remove that risk. This does not affect readiness.',
        p,
      ),
  },
  remedies: {
    'show-pod-security': (t) => t('Show the security settings of the pod.'),
  },
  details: {
    'pods.rootOnHost': (t) => t('Workspace pods that can be root on the node'),
    'pods.runsAsRoot': (t) => t('…that may run as UID 0'),
    'pods.allowsPrivilegeEscalation': (t) => t('…that allow privilege escalation'),
    'pods.privileged': (t) => t('…that are privileged'),
  },
};

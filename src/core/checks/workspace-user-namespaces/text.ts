import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What workspace-user-namespaces says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, never> = {
  title: (t) => t('Workspace pods in user namespaces'),
  reasons: {
    'userns-no-pods': (t) => t('No workspace pod is running.'),
    'userns-all': (t, p) =>
      t('Every running workspace pod ({{with}}) has its own user namespace.', p),
    'userns-some-missing': (t, p) =>
      t('Workspace pods without a user namespace: {{without}} (with one: {{with}}).', p),
    'userns-unreadable': (t, p) =>
      t(
        'Workspace pods whose containers cannot be read, so they cannot be judged: {{count}} ({{pods}}).',
        p,
      ),
  },
  remedies: {},
  details: {
    'pods.hostUsersFalse': (t) => t('Workspace pods with their own user namespace'),
    'pods.hostUsersDefault': (t) => t('Workspace pods sharing the node user namespace'),
    'pods.unreadable': (t) => t('Workspace pods whose containers cannot be read'),
  },
};

import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What workspace-pod-config says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'show-pod-nested-config'> = {
  title: (t) => t('Running workspace pods'),
  reasons: {
    'pod-config-no-pods': (t) => t('No workspace pod with its own user namespace is running.'),
    'pod-config-ok': (t, p) =>
      t(
        'Every running workspace pod with its own user namespace has the run SCC, /dev/fuse and /dev/net/tun, and its tool containers HOST_USERS=false and an unmasked /proc: {{count}}.',
        p,
      ),
    'pod-config-problems': (t, p) =>
      t(
        'Workspace pods missing what nested podman needs (each miss is listed under the pod or the container, with its role): {{count}} ({{pods}}).',
        p,
      ),
    'pod-config-unreadable': (t, p) =>
      t(
        'Workspace pods whose containers cannot be read, so nothing can be told about them: {{count}} ({{pods}}).',
        p,
      ),
  },
  remedies: {
    'show-pod-nested-config': (t) =>
      t("Show the pod's SCC, devices annotation, HOST_USERS and procMount per container."),
  },
};

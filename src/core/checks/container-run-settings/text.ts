import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What container-run-settings says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'restore-run-settings'> = {
  title: (t) => t('Settings nested containers get'),
  reasons: {
    'run-settings-ok': (t) =>
      t(
        'The CheCluster gives workspace containers an unmasked /proc and the /dev/fuse and /dev/net/tun devices, which podman needs.',
      ),
    'run-settings-broken': (t, p) =>
      t(
        "The CheCluster's container run configuration leaves out what nested containers need: {{fields}}. The operator copies it to every new workspace, so none would get it.",
        p,
      ),
    'run-settings-no-tun': (t) =>
      t(
        "The CheCluster's container run configuration leaves out /dev/net/tun: containers started in a workspace get no network of their own (only --network=host works).",
      ),
  },
  remedies: {
    'restore-run-settings': (t) =>
      t('Put back, in the CheCluster, what podman needs; the other settings stay as they are.'),
  },
};

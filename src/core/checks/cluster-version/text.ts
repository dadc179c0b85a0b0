import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What cluster-version says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'show-upgrades' | 'show-cluster-version'> = {
  title: (t) => t('OpenShift version'),
  reasons: {
    'version-supported': (t, p) =>
      t('OpenShift {{current}} meets the minimum version {{minimum}}.', p),
    'version-too-old': (t, p) =>
      t(
        'OpenShift {{current}} is older than {{minimum}}: workspaces with nested containers would fail to start.',
        p,
      ),
    'upgrade-in-progress': (t, p) =>
      t(
        'OpenShift {{current}} supports nested containers; an upgrade to {{desired}} is in progress (the nodes it has not reached yet are checked under Kubelets of the workspace nodes).',
        p,
      ),
    'version-unparseable': (t, p) => t('The cluster version "{{raw}}" could not be understood.', p),
    'version-not-completed': (t, p) =>
      t('No cluster version has finished installing yet (desired: {{desired}}).', p),
  },
  remedies: {
    'show-upgrades': (t) => t('See the available OpenShift updates.'),
    'show-cluster-version': (t) => t('Show the cluster version and its history.'),
  },
  details: {
    'version.current': (t) => t('Current version (last completed update)'),
    'version.desired': (t) => t('Desired version'),
  },
};

import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What devspaces-installed says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'list-checlusters'> = {
  title: (t) => t('Dev Spaces installed'),
  reasons: {
    'checluster-found': (t, p) => t('CheClusters found: {{count}}.', p),
    'checluster-none': (t) => t('No CheCluster exists: Dev Spaces is not installed.'),
  },
  remedies: {
    'list-checlusters': (t) => t('List the CheClusters in every namespace.'),
  },
  details: {
    'checlusters.count': (t) => t('CheClusters'),
  },
};

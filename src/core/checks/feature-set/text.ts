import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What feature-set says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'custom-feature-set-enable-gates'> = {
  title: (t) => t('Cluster feature set'),
  reasons: {
    'feature-set-default': (t) => t('The cluster uses the default feature set.'),
    'feature-set-non-default': (t, p) =>
      t(
        'The cluster uses the {{featureSet}} feature set, which cannot be undone and blocks upgrades.',
        p,
      ),
    'feature-set-disables-gates': (t, p) =>
      t('The {{featureSet}} feature set disables these gates: {{gates}}.', p),
  },
  remedies: {
    'custom-feature-set-enable-gates': (t) =>
      t('Enable the user namespace gates in the custom feature set.'),
  },
};

import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What feature-gates says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, never> = {
  title: (t) => t('User namespace feature gates'),
  reasons: {
    'gates-enabled': (t, p) =>
      t('The user namespace feature gates are on for {{version}}: {{gates}}.', p),
    'gates-disabled': (t, p) => t('These feature gates are off on {{version}}: {{gates}}.', p),
    'gates-missing': (t, p) =>
      t('These feature gates are not listed for {{version}}: {{gates}}.', p),
    'gates-enabled-same-minor': (t, p) =>
      t(
        'The FeatureGate status has no entry for {{current}} yet; the entry of the same minor version, {{version}}, has the user namespace feature gates on: {{gates}}.',
        p,
      ),
    'gates-no-entry': (t, p) =>
      t(
        'The FeatureGate status has no entry for version {{version}}, nor for another release of its minor version.',
        p,
      ),
  },
  remedies: {},
  details: {
    'featureGate.entryVersion': (t) =>
      t('FeatureGate entry read (none for the current version; same minor)'),
  },
};

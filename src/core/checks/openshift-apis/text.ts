import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What openshift-apis says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, never> = {
  title: (t) => t('OpenShift APIs'),
  reasons: {
    'openshift-apis-served': (t) => t('The OpenShift configuration and security APIs are served.'),
    'openshift-apis-missing': (t, p) => t('These OpenShift APIs are not served: {{missing}}.', p),
  },
  remedies: {},
  details: {
    'api.config.openshift.io': (t) => t('API group config.openshift.io served'),
    'api.security.openshift.io': (t) => t('API group security.openshift.io served'),
  },
};

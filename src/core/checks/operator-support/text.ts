import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What operator-support says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'show-crd-field'> = {
  title: (t) => t('Operator supports nested containers'),
  reasons: {
    'operator-supports-field': (t) =>
      t('The installed operator supports the nested containers setting.'),
    'operator-too-old': (t, p) =>
      t(
        'The CRD {{crd}} has no disableContainerRunCapabilities field: upgrade the Dev Spaces operator first.',
        p,
      ),
  },
  remedies: {
    'show-crd-field': (t) => t('Check whether the installed CheCluster CRD has the field.'),
  },
  details: {
    'checluster.disableContainerRunCapabilities': (t) =>
      t(
        'CheCluster holds disableContainerRunCapabilities (the API server keeps only fields its CRD declares)',
      ),
    'crd.v2.disableContainerRunCapabilities': (t) =>
      t('CheCluster CRD v2 knows disableContainerRunCapabilities'),
  },
};

import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What run-scc says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<
  typeof reasons,
  'recreate-managed-scc' | 'patch-scc' | 'scc-expected'
> = {
  title: (t) => t('Container run SCC'),
  reasons: {
    'scc-ok': (t, p) => t('The SCC {{name}} has the settings the operator creates.', p),
    'scc-missing': (t, p) => t('The SCC {{name}} does not exist.', p),
    'scc-missing-reconcile-failed': (t, p) =>
      t(
        "The SCC {{name}} does not exist because the operator's reconcile failed before creating it (see Dev Spaces status): {{message}}",
        p,
      ),
    'scc-differs': (t, p) =>
      t('The SCC {{name}} differs from what the operator creates: {{fields}}.', p),
    'scc-custom': (t, p, raw) => {
      // No differing field: a custom (or another operator's) SCC that fits; say so, not "—".
      return Array.isArray(raw.fields) && raw.fields.length === 0
        ? t(
            'The SCC {{name}} is not managed by this operator (the operator leaves it alone), but it has every field nested containers need.',
            p,
          )
        : t(
            'The SCC {{name}} is a custom SCC the operator does not manage; fields that differ: {{fields}}.',
            p,
          );
    },
  },
  remedies: {
    'recreate-managed-scc': (t) => t('Delete the drifted SCC so the operator recreates it.'),
    'patch-scc': (t) => t('Patch the SCC with the expected fields.'),
    'scc-expected': (t) => t('The SCC the operator creates.'),
  },
};

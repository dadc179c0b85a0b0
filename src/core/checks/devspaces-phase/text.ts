import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What devspaces-phase says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'show-server-deployment'> = {
  title: (t) => t('Dev Spaces status'),
  reasons: {
    'phase-active': (t, p) => t('Dev Spaces {{version}} is Active.', p),
    'phase-not-active': (t, p) =>
      p.message === '—'
        ? t('Dev Spaces is not Active (phase: {{phase}}).', p)
        : t('Dev Spaces is not Active (phase: {{phase}}). {{message}}', p),
    'reconcile-failed': (t, p) =>
      p.message === '—'
        ? t(
            'The operator could not finish its last reconcile ({{reason}}; phase {{phase}}); see its log.',
            p,
          )
        : t(
            'The operator could not finish its last reconcile ({{reason}}; phase {{phase}}): {{message}}',
            p,
          ),
    'server-inactive': (t) =>
      t(
        'The Dev Spaces server is down (phase Inactive): its Deployment has no available replica. Nested containers do not depend on it, but users cannot start workspaces from the dashboard.',
      ),
    'rolling-update': (t) =>
      t('The Dev Spaces server is rolling out a new version (phase RollingUpdate).'),
  },
  remedies: {
    'show-server-deployment': (t) =>
      t(
        'Show the Dev Spaces server Deployment, its replicas and the events that explain why none is available.',
      ),
  },
};

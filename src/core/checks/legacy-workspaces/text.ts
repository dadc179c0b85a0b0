import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What legacy-workspaces says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<
  typeof reasons,
  'list-workspaces-scc' | 'delete-workspace' | 'record-workspace-scc'
> = {
  title: (t) => t('Workspaces to recreate'),
  reasons: {
    'legacy-none': (t) => t('No workspace has to be recreated.'),
    'legacy-will-break': (t, p) =>
      t(
        'Workspaces created with another SCC than {{scc}} will not start after turning nested containers on and must be recreated: {{count}}. Workspaces with no recorded SCC, which the dashboard can still start: {{unrecorded}}.',
        p,
      ),
    'legacy-cannot-start': (t, p) =>
      t(
        'Workspaces created with another SCC than {{scc}} cannot start and must be recreated: {{count}}. Workspaces with no recorded SCC, which the dashboard can still start: {{unrecorded}}.',
        p,
      ),
    'legacy-unrecorded': (t, p) =>
      t(
        'Workspaces with no recorded SCC: {{count}}. The dashboard records {{scc}} when it starts them, so they start from the dashboard; started another way (oc, a GitOps tool) their pods are refused until the SCC is recorded.',
        p,
      ),
    'run-workspaces-will-break': (t, p) =>
      t(
        'Workspaces created with the SCC {{scc}} cannot start again after turning nested containers off and must be recreated: {{count}}.',
        p,
      ),
  },
  remedies: {
    'list-workspaces-scc': (t) => t('List the workspaces with the SCC each was created with.'),
    'delete-workspace': (t) =>
      t(
        'Once its owner has pushed their work: delete the workspace (its storage may go with it) so it can be created again.',
      ),
    'record-workspace-scc': (t) =>
      t(
        'Record the run SCC on a workspace that has none, so it also starts outside the dashboard.',
      ),
  },
  details: {
    'workspaces.legacy': (t) => t('Workspaces created with another SCC'),
    'workspaces.legacy.started': (t) => t('…of which started'),
    'workspaces.unrecorded': (t) => t('Workspaces with no recorded SCC'),
  },
};

import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What tech-preview-setup says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<
  typeof reasons,
  'drop-nested-build-scc' | 'delete-nested-scc' | 'list-pod-overrides-workspaces'
> = {
  title: (t) => t('Tech preview setup left over'),
  reasons: {
    'tech-preview-none': (t) => t('No part of the OpenShift 4.17 tech-preview recipe is left.'),
    'tech-preview-found': (t, p) =>
      t(
        'The OpenShift 4.17 tech-preview recipe is still in place ({{parts}}). Move to the supported switch: turn nested containers on, stop naming the hand-made SCC as the build SCC and delete it, and recreate the workspaces that carry pod-overrides with hostUsers: false ({{workspaces}}) without that attribute. A TechPreviewNoUpgrade feature set cannot be undone.',
        p,
      ),
  },
  remedies: {
    'drop-nested-build-scc': (t) =>
      t('Stop using the hand-made nested-podman SCC as the build SCC.'),
    'delete-nested-scc': (t) =>
      t('Delete the hand-made nested-podman SCC once no workspace uses it.'),
    'list-pod-overrides-workspaces': (t) =>
      t('List the workspaces with their pod-overrides attribute, to recreate them without it.'),
  },
};

import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What workspace-images says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'list-workspace-images'> = {
  title: (t) => t('Workspace images'),
  reasons: {
    'images-ok': (t, p) =>
      t('Every workspace image checked has the entrypoint nested podman needs: {{count}}.', p),
    'images-broken': (t, p) =>
      t(
        'Workspaces whose image can never run nested podman (a ubi8 developer image, or a command that replaces the entrypoint): {{count}} ({{workspaces}}). Use quay.io/devfile/universal-developer-image:ubi10-latest without a command.',
        p,
      ),
    'images-verify': (t, p) =>
      t(
        'Workspaces whose image cannot be told apart from a working one (a digest, a ubi9-<sha> tag, another registry, a custom image, a parent devfile, or a -latest tag that a node may have cached): {{count}} ({{workspaces}}). Verify that its entrypoint rewrites /etc/subuid and /etc/subgid when HOST_USERS=false.',
        p,
      ),
  },
  remedies: {
    'list-workspace-images': (t) =>
      t('List the workspaces with their container images and parent devfile.'),
  },
  details: {
    'workspaces.images.ok': (t) =>
      t('Images of the workspaces whose every image is fine (image × containers)'),
  },
};

import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What workspace-nodes says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<typeof reasons, 'unpause-pool' | 'show-pools' | 'show-node-versions'> =
  {
    title: (t) => t('Kubelets of the workspace nodes'),
    reasons: {
      'nodes-kubelet-ok': (t, p) =>
        t(
          'Every node that runs workspaces ({{count}}) has a kubelet of {{minimum}} or later, with the user namespace support nested containers need.',
          p,
        ),
      'nodes-kubelet-too-old': (t, p, raw) => {
        // A paused pool (a Control Plane Only update) has its own remedy: unpause it.
        const none = (v: unknown) => Array.isArray(v) && v.length === 0;
        if (none(raw.pools))
          return t(
            '{{count}} nodes that run workspaces have a kubelet older than {{minimum}} (OpenShift 4.20), which refuses every pod that asks for a user namespace: {{nodes}}. Update these nodes before turning nested containers on.',
            p,
          );
        if (none(raw.paused))
          return t(
            '{{count}} nodes that run workspaces have a kubelet older than {{minimum}} (OpenShift 4.20), which refuses every pod that asks for a user namespace: {{nodes}}. The machine config pools {{pools}} have not finished updating them; wait for the update to finish before turning nested containers on.',
            p,
          );
        return t(
          '{{count}} nodes that run workspaces have a kubelet older than {{minimum}} (OpenShift 4.20), which refuses every pod that asks for a user namespace: {{nodes}}. They are in the machine config pools {{pools}}, and {{paused}} stay paused on their old configuration: unpause them to finish the update before turning nested containers on.',
          p,
        );
      },
      'nodes-kubelet-unknown': (t, p) =>
        t(
          'The kubelet version of {{count}} nodes that run workspaces cannot be read: {{nodes}}.',
          p,
        ),
      'nodes-pool-status-missing': (t, p) =>
        t(
          'The machine config pools {{pools}} have no status yet, so whether their nodes finished updating cannot be told.',
          p,
        ),
      'nodes-none-selected': (t, p) =>
        t(
          'No node matches the node selector of the CheCluster ({{selector}}): workspaces cannot be scheduled anywhere.',
          p,
        ),
      'nodes-none': (t) =>
        t('No node that can run workspaces was listed, so their kubelets cannot be checked.'),
    },
    remedies: {
      'unpause-pool': (t) =>
        t(
          'Unpause the machine config pool: its nodes update to the release of the cluster (and reboot, a few at a time), which brings the new kubelet.',
        ),
      'show-pools': (t) => t('Watch the machine config pools until UPDATED is True for each.'),
      'show-node-versions': (t) =>
        t('List the nodes; the VERSION column is the kubelet each one runs.'),
    },
    details: {
      'nodes.workspace': (t) => t('Nodes that run workspaces'),
      'nodes.selector': (t) => t('CheCluster node selector'),
      'nodes.kubeletVersions': (t) => t('Kubelet versions on those nodes'),
    },
  };

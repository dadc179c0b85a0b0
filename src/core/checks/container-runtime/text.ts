import type { CheckText } from '../definition';
import type { reasons } from './reasons';

/** What container-runtime says: its title, a sentence per reason, a line per remedy. */
export const text: CheckText<
  typeof reasons,
  | 'delete-container-runtime-config'
  | 'container-runtime-crun'
  | 'show-runc-overrides'
  | 'delete-runc-override'
  | 'show-node-runtime'
> = {
  title: (t) => t('Container runtime'),
  reasons: {
    'runtime-crun': (t) => t('Nodes use the crun container runtime.'),
    'runtime-runc-forced': (t, p) =>
      t('ContainerRuntimeConfig {{configs}} forces runc on the pools {{pools}}.', p),
    'runtime-runc-pinned': (t, p, raw) => {
      // Most pinned clusters have no ContainerRuntimeConfig: say nothing about them rather than "—".
      return Array.isArray(raw.configs) && raw.configs.length === 0
        ? t(
            'The MachineConfigs {{machineConfigs}} keep the pools {{pools}} on runc although crun is the default: machine-config-operator generated them when the cluster was updated from OpenShift 4.17 (it recorded that in the ConfigMap {{configMap}} in openshift-machine-config-operator) and leaves them in place.',
            p,
          )
        : t(
            'The MachineConfigs {{machineConfigs}} keep the pools {{pools}} on runc although crun is the default: machine-config-operator generated them when the cluster was updated from OpenShift 4.17 (it recorded that in the ConfigMap {{configMap}} in openshift-machine-config-operator) and leaves them in place. ContainerRuntimeConfigs that force runc as well: {{configs}}.',
            p,
          );
    },
    'runtime-api-absent': (t) =>
      t(
        'The cluster does not serve the machineconfiguration.openshift.io API (hosted control planes configure nodes from the management cluster), so the container runtime of the nodes cannot be told from here.',
      ),
  },
  remedies: {
    'delete-container-runtime-config': (t) =>
      t('Delete the ContainerRuntimeConfig that forces runc.'),
    'container-runtime-crun': (t) => t('Switch the ContainerRuntimeConfig to crun.'),
    'show-runc-overrides': (t) => t('Show the MachineConfigs that keep runc.'),
    'delete-runc-override': (t) =>
      t(
        'Delete the MachineConfig that keeps the pool on runc: its nodes drain and reboot, one at a time, onto crun.',
      ),
    'show-node-runtime': (t) => t('Ask CRI-O on a node which runtime it uses by default.'),
  },
};

import type { ReasonSpecs } from '../definition';

/** The reasons container-runtime returns, with the names of their parameters. */
export const reasons = {
  'runtime-crun': [],
  'runtime-runc-forced': ['configs', 'pools'],
  /** MCO's generated 00-override MachineConfigs keep runc (clusters that passed through 4.17.z). */
  'runtime-runc-pinned': ['machineConfigs', 'pools', 'configMap', 'configs'],
  /** No machineconfiguration.openshift.io API (hosted control planes): cannot tell. */
  'runtime-api-absent': [],
} as const satisfies ReasonSpecs;

import type { K8sObject, ModelFacts } from './common';

export const MachineConfigModel: ModelFacts = {
  group: 'machineconfiguration.openshift.io',
  version: 'v1',
  kind: 'MachineConfig',
  plural: 'machineconfigs',
  namespaced: false,
};

/** An Ignition file: `contents.source` is a data URL (`data:,<url-encoded>` or `;base64,`). */
export interface IgnitionFile {
  path?: string;
  contents?: { source?: string };
}

export interface MachineConfig extends K8sObject {
  spec?: {
    config?: { ignition?: { version?: string }; storage?: { files?: IgnitionFile[] } };
  };
}

/** The label MCO puts on a MachineConfig naming the pool role it is for. */
export const MC_ROLE_LABEL = 'machineconfiguration.openshift.io/role';

/**
 * The MachineConfigs machine-config-operator generated on clusters upgraded from 4.17.z so they keep
 * runc after crun became the default in 4.18 (container-runtime-config controller,
 * `getManagedKeyDefaultContainerRuntime`: `00-override-<pool>-generated-crio-default-container-runtime`,
 * for the master and worker pools). Watched by name: two small objects, never every MachineConfig.
 */
export const RUNC_OVERRIDE_POOLS = ['master', 'worker'] as const;
export const runcOverrideName = (pool: string): string =>
  `00-override-${pool}-generated-crio-default-container-runtime`;
export const RUNC_OVERRIDE_NAMES: readonly string[] = RUNC_OVERRIDE_POOLS.map(runcOverrideName);

/** The ConfigMap MCO records that migration with, in openshift-machine-config-operator. */
export const RUNC_OVERRIDE_CONFIGMAP = 'crio-default-container-runtime';

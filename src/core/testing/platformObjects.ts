/**
 * Test-only factories for the platform's objects (ClusterVersion, FeatureGate, the runtime's
 * ContainerRuntimeConfig and MachineConfig), shaped as OpenShift and MCO write them.
 */
import type { ClusterVersion } from '../../models/clusterVersion';
import type { ContainerRuntimeConfig } from '../../models/containerRuntimeConfig';
import type { FeatureGate } from '../../models/featureGate';
import type { MachineConfig } from '../../models/machineConfig';
import { MC_ROLE_LABEL, runcOverrideName } from '../../models/machineConfig';
import { featureGate420 } from './reference';

export const GATES = [
  'UserNamespacesSupport',
  'UserNamespacesPodSecurityStandards',
  'ProcMountType',
];

/** history newest first: optional in-progress (Partial) entry for `desired`, then `current`. */
export const clusterVersion = (current: string, desired: string = current): ClusterVersion => ({
  apiVersion: 'config.openshift.io/v1',
  kind: 'ClusterVersion',
  metadata: { name: 'version' },
  status: {
    desired: { version: desired },
    history: [
      ...(desired !== current ? [{ state: 'Partial', version: desired }] : []),
      { state: 'Completed', version: current },
      { state: 'Completed', version: '4.19.9' },
    ],
  },
});

export interface FeatureGateOptions {
  version?: string;
  enabled?: string[];
  disabled?: string[];
  featureSet?: string;
  customNoUpgrade?: { enabled?: string[]; disabled?: string[] };
}

export const featureGate = (o: FeatureGateOptions = {}): FeatureGate => ({
  apiVersion: 'config.openshift.io/v1',
  kind: 'FeatureGate',
  metadata: { name: 'cluster' },
  spec: {
    ...(o.featureSet !== undefined ? { featureSet: o.featureSet } : {}),
    ...(o.customNoUpgrade ? { customNoUpgrade: o.customNoUpgrade } : {}),
  },
  status: {
    featureGates: [
      {
        version: o.version ?? '4.20.3',
        enabled: (o.enabled ?? GATES).map((name) => ({ name })),
        disabled: (o.disabled ?? []).map((name) => ({ name })),
      },
    ],
  },
});

/** The real 4.20 payload, with its entry stamped `version` (or left "" when omitted). */
export const realFeatureGate = (version?: string): FeatureGate => {
  const fg = structuredClone(featureGate420());
  if (version !== undefined) fg.status!.featureGates![0].version = version;
  return fg;
};

export const runcConfig = (name: string, pools: string[] = ['worker']): ContainerRuntimeConfig => ({
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'ContainerRuntimeConfig',
  metadata: { name },
  spec: {
    machineConfigPoolSelector: {
      matchLabels: Object.fromEntries(
        pools.map((p) => [`pools.operator.machineconfiguration.openshift.io/${p}`, '']),
      ),
    },
    containerRuntimeConfig: { defaultRuntime: 'runc' },
  },
});

/** The CRI-O drop-in MCO writes for a default runtime (TOML as its encoder prints it). */
export const crioDefaultRuntimeDropIn = (runtime: string): string =>
  `[crio]\n  [crio.runtime]\n    default_runtime = "${runtime}"\n`;

/**
 * MCO's generated runc pin for a pool (clusters that passed through 4.17.z), its drop-in as a base64
 * data URL the way MCO's Ignition helpers encode files.
 */
export const runcOverride = (pool: string, runtime = 'runc'): MachineConfig => ({
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfig',
  metadata: { name: runcOverrideName(pool), labels: { [MC_ROLE_LABEL]: pool } },
  spec: {
    config: {
      ignition: { version: '3.5.0' },
      storage: {
        files: [
          {
            path: '/etc/crio/crio.conf.d/01-ctrcfg-defaultRuntime',
            contents: {
              source: `data:text/plain;charset=utf-8;base64,${btoa(crioDefaultRuntimeDropIn(runtime))}`,
            },
          },
        ],
      },
    },
  },
});

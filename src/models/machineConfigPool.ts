import type { K8sObject, ModelFacts } from './common';

export const MachineConfigPoolModel: ModelFacts = {
  group: 'machineconfiguration.openshift.io',
  version: 'v1',
  kind: 'MachineConfigPool',
  plural: 'machineconfigpools',
  namespaced: false,
};

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key?: string; operator?: string; values?: string[] }[];
}

export interface MachineConfigPoolCondition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/** The fields machine-config-operator writes and the plugin reads (openshift/api machineconfiguration/v1). */
export interface MachineConfigPool extends K8sObject {
  spec?: {
    /** A paused pool keeps its nodes on their current rendered config (EUS-to-EUS updates). */
    paused?: boolean;
    nodeSelector?: LabelSelector;
    machineConfigSelector?: LabelSelector;
    configuration?: { name?: string };
  };
  status?: {
    observedGeneration?: number;
    configuration?: { name?: string };
    machineCount?: number;
    updatedMachineCount?: number;
    readyMachineCount?: number;
    unavailableMachineCount?: number;
    degradedMachineCount?: number;
    conditions?: MachineConfigPoolCondition[];
  };
}

/** The two pools every self-managed OpenShift cluster has; custom pools take nodes from `worker`. */
export const MASTER_POOL = 'master';
export const WORKER_POOL = 'worker';

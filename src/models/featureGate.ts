import type { K8sObject, ModelFacts } from './common';

export const FeatureGateModel: ModelFacts = {
  group: 'config.openshift.io',
  version: 'v1',
  kind: 'FeatureGate',
  plural: 'featuregates',
  namespaced: false,
};

export interface FeatureGateAttributes {
  name?: string;
}

export interface FeatureGateDetails {
  version?: string;
  enabled?: FeatureGateAttributes[];
  disabled?: FeatureGateAttributes[];
}

export interface FeatureGate extends K8sObject {
  spec?: {
    /** '', Default, TechPreviewNoUpgrade, DevPreviewNoUpgrade, CustomNoUpgrade, OKD, or newer. */
    featureSet?: string;
    customNoUpgrade?: { enabled?: string[]; disabled?: string[] };
  };
  status?: { featureGates?: FeatureGateDetails[] };
}

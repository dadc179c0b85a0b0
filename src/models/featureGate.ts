import type { K8sObject, ModelFacts } from './common';

export const FeatureGateModel: ModelFacts = {
  group: 'config.openshift.io',
  version: 'v1',
  kind: 'FeatureGate',
  plural: 'featuregates',
  namespaced: false,
};

export type FeatureSet =
  '' | 'Default' | 'TechPreviewNoUpgrade' | 'DevPreviewNoUpgrade' | 'CustomNoUpgrade' | 'OKD';

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
    featureSet?: string; // a FeatureSet, or a newer value
    customNoUpgrade?: { enabled?: string[]; disabled?: string[] };
  };
  status?: { featureGates?: FeatureGateDetails[] };
}

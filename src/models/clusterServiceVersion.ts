import type { K8sObject, ModelFacts } from './common';

/** OLM's record of an installed operator version (operators.coreos.com, served where OLM runs). */
export const ClusterServiceVersionModel: ModelFacts = {
  group: 'operators.coreos.com',
  version: 'v1alpha1',
  kind: 'ClusterServiceVersion',
  plural: 'clusterserviceversions',
  namespaced: true,
};

export interface ClusterServiceVersion extends K8sObject {
  spec?: { version?: string; displayName?: string };
  status?: { phase?: string };
}

/** Where OLM installs the DevWorkspace Operator (AllNamespaces mode) on OpenShift. */
export const DWO_CSV_NAMESPACE = 'openshift-operators';
/** CSV names are `devworkspace-operator.v<version>`. */
export const DWO_CSV_PREFIX = 'devworkspace-operator.v';

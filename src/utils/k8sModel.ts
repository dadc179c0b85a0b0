import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { ModelFacts } from '../models/common';

/**
 * A K8sModel built from our model facts, for when the console's store does not have the model
 * (yet): k8sPatch only needs the group, version, plural and scope to build the URL.
 */
export const toK8sModel = (facts: ModelFacts): K8sModel => ({
  apiGroup: facts.group || undefined,
  apiVersion: facts.version,
  kind: facts.kind,
  plural: facts.plural,
  namespaced: facts.namespaced,
  abbr: facts.kind.replace(/[a-z]/g, ''),
  label: facts.kind,
  labelPlural: `${facts.kind}s`,
  crd: !!facts.group,
});

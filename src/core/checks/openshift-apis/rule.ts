/** openshift-apis: the cluster serves config.openshift.io and security.openshift.io. */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckResult } from '../../results';
import { at, bool } from '../../guards';
import { dataOf, result, stateOf, unusable } from '../../resultBuilders';

export const checkOpenShiftApis = (snapshot: ClusterSnapshot): CheckResult => {
  const id = 'openshift-apis';
  const state = snapshot.openshiftApis;
  const s = stateOf(state);
  if (s !== 'loaded' && s !== 'not-found') return unusable(id, 'apis', state);
  const apis = dataOf(state);
  // The console ships static models for OpenShift kinds, so "the model exists" can be said of a
  // cluster that lacks the group. Every OpenShift cluster has ClusterVersion `version`: a 404 for
  // it means config.openshift.io is not really served.
  const config =
    bool(at(apis, 'config')) === true && stateOf(snapshot.clusterVersion) !== 'not-found';
  const security = bool(at(apis, 'security')) === true;
  const details = [
    { key: 'api.config.openshift.io', actual: config, expected: true, ok: config },
    { key: 'api.security.openshift.io', actual: security, expected: true, ok: security },
  ];
  if (config && security) return result(id, 'pass', 'openshift-apis-served', {}, { details });
  const missing = [
    ...(config ? [] : ['config.openshift.io']),
    ...(security ? [] : ['security.openshift.io']),
  ];
  return result(id, 'fail', 'openshift-apis-missing', { missing }, { details });
};

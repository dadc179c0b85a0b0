/** cluster-version: the newest completed OpenShift version meets the minimum. */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import { clusterVersionRef } from '../../refs';
import * as fix from './remedies';
import { result, unusable } from '../../resultBuilders';
import type { VersionFacts } from '../../version';
import { MINIMUM_VERSION, meetsMinimum } from '../../version';

export const checkClusterVersion = (snapshot: ClusterSnapshot, v: VersionFacts): CheckResult => {
  const id = 'cluster-version';
  const object = clusterVersionRef();
  if (!v.loaded) return unusable(id, 'clusterversions', snapshot.clusterVersion, object);
  const field = 'status.history';
  const details: CheckDetail[] = [
    { key: 'version.current', actual: v.currentRaw ?? null, expected: `>=${MINIMUM_VERSION}` },
    { key: 'version.desired', actual: v.desired ?? null },
  ];
  const extras = { object, field, details, remedies: [fix.showClusterVersion()] };
  if (!v.currentRaw) {
    return result(id, 'unknown', 'version-not-completed', { desired: v.desired ?? null }, extras);
  }
  if (!v.current)
    return result(id, 'unknown', 'version-unparseable', { raw: v.currentRaw }, extras);
  const ok = meetsMinimum(v.current);
  details[0] = { ...details[0], ok };
  const versions = { current: v.current.raw, minimum: MINIMUM_VERSION };
  if (!ok) {
    return result(id, 'fail', 'version-too-old', versions, {
      ...extras,
      remedies: [fix.showUpgrades(), fix.showClusterVersion()],
    });
  }
  // Both ends of an upgrade from 4.20 on support the feature; the nodes the update has not reached
  // yet are workspace-nodes' to judge. A note, not a warning: this is an ordinary healthy cluster.
  if (v.desired && v.desired !== v.currentRaw) {
    return result(
      id,
      'pass',
      'upgrade-in-progress',
      { current: v.current.raw, desired: v.desired },
      { ...extras, field: 'status.desired.version', remedies: [fix.showUpgrades()] },
    );
  }
  return result(id, 'pass', 'version-supported', versions, extras);
};

/** Cluster-wide checks: OpenShift APIs, version and feature set (container runtime: containerRuntime.ts). */
import type { ClusterSnapshot } from '../snapshot';
import type { CheckDetail, CheckResult } from '../results';
import { at, bool, dict, str, strings } from '../guards';
import { clusterVersionRef, featureGateRef } from '../refs';
import * as fix from '../remedies';
import { dataOf, result, stateOf, unusable } from '../resultBuilders';
import type { VersionFacts } from '../version';
import { MINIMUM_VERSION, meetsMinimum } from '../version';
import { USERNS_GATES } from '../featureGates';

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

/** `OKD` is the featureSet every OKD cluster is installed with; it does not block upgrades. */
const DEFAULT_SETS = new Set(['', 'Default', 'OKD']);

export const checkFeatureSet = (snapshot: ClusterSnapshot): CheckResult => {
  const id = 'feature-set';
  const object = featureGateRef();
  const fg = dataOf(snapshot.featureGate);
  if (fg === undefined) return unusable(id, 'featuregates', snapshot.featureGate, object);
  const featureSet = str(at(fg, 'spec', 'featureSet')) ?? '';
  const field = 'spec.featureSet';
  const isDefault = DEFAULT_SETS.has(featureSet);
  const details = [{ key: 'featureSet', actual: featureSet, expected: '', ok: isDefault }];
  if (isDefault) return result(id, 'pass', 'feature-set-default', {}, { object, field, details });
  const custom = dict(at(fg, 'spec', 'customNoUpgrade'));
  const customDisabled = strings(custom.disabled);
  const disabledGates: string[] = USERNS_GATES.filter((g) => customDisabled.includes(g));
  if (featureSet === 'CustomNoUpgrade' && disabledGates.length > 0) {
    const enabled = [...new Set([...strings(custom.enabled), ...disabledGates])];
    const disabled = customDisabled.filter((g) => !disabledGates.includes(g));
    return result(
      id,
      'warn',
      'feature-set-disables-gates',
      { featureSet, gates: disabledGates },
      {
        object,
        field: 'spec.customNoUpgrade.disabled',
        details: [
          ...details,
          ...disabledGates.map((g) => ({
            key: `customNoUpgrade.disabled.${g}`,
            actual: true,
            expected: false,
            ok: false,
          })),
        ],
        remedies: [fix.customNoUpgradeEnable(enabled, disabled)],
      },
    );
  }
  return result(
    id,
    'warn',
    'feature-set-non-default',
    { featureSet },
    { object, field, details, remedies: [fix.showFeatureGates()] },
  );
};

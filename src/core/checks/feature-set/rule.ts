/** feature-set: the FeatureGate's featureSet, and whether a custom set disables the user-namespace gates. */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckResult } from '../../results';
import { at, dict, str, strings } from '../../guards';
import { featureGateRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, result, unusable } from '../../resultBuilders';
import { USERNS_GATES } from '../feature-gates/rule';

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

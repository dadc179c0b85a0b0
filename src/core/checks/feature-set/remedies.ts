/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { yaml } from '../../remedies';
export { showFeatureGates } from '../../remedies';

/** CustomNoUpgrade: move the gates from `disabled` to `enabled` (the set itself cannot be undone). */
export const customNoUpgradeEnable = (enabled: string[], disabled: string[]): Remedy =>
  yaml('custom-feature-set-enable-gates', {
    apiVersion: 'config.openshift.io/v1',
    kind: 'FeatureGate',
    metadata: { name: 'cluster' },
    spec: { featureSet: 'CustomNoUpgrade', customNoUpgrade: { enabled, disabled } },
  });

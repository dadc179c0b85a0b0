/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';

export const showUpgrades = (): Remedy => oc('show-upgrades', 'oc adm upgrade');

export const showClusterVersion = (): Remedy =>
  oc('show-cluster-version', 'oc get clusterversion version -o yaml');

/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';
export { listOperatorCsvs } from '../../remedies';

export const listCheClusters = (): Remedy => oc('list-checlusters', 'oc get checlusters -A');

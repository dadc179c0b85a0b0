/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc, yaml, q } from '../../remedies';
export { showCheClusterStatus, operatorLogs, showScc } from '../../remedies';

/** A managed SCC that drifted: deleting it makes the operator recreate it. */
export const recreateManagedScc = (name: string): Remedy =>
  oc('recreate-managed-scc', `oc delete scc ${name}`);

/** The fields a working run SCC needs, as a merge patch the admin can review and apply. */
export const patchScc = (name: string, patch: Record<string, unknown>): Remedy =>
  oc('patch-scc', `oc patch scc ${name} --type=merge -p ${q(JSON.stringify(patch))}`);

export const sccYaml = (value: unknown): Remedy => yaml('scc-expected', value);

/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc, q } from '../../remedies';
import { CRIO_DEVICES_ANNOTATION } from '../../../models/cheCluster';

/**
 * A merge patch of the CheCluster that puts back only what is lost: procMount in the security
 * context as set, the devices (those it had plus the missing ones) in the run configuration's
 * annotations, which a merge patch adds to, not replaces.
 */
export const restoreRunSettings = (
  namespace: string,
  name: string,
  what: { procMount: boolean; devices?: string[] },
): Remedy => {
  const run: Record<string, unknown> = {};
  if (what.procMount) run.containerSecurityContext = { procMount: 'Unmasked' };
  if (what.devices)
    run.workspacesPodAnnotations = { [CRIO_DEVICES_ANNOTATION]: what.devices.join(',') };
  const patch = { spec: { devEnvironments: { containerRunConfiguration: run } } };
  return oc(
    'restore-run-settings',
    `oc patch checluster/${name} -n ${namespace} --type=merge -p ${q(JSON.stringify(patch))}`,
  );
};

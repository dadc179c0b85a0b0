/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';
export { showCheClusterStatus, operatorLogs } from '../../remedies';

/** The server Deployment (named after the flavor) whose replicas decide chePhase. */
export const showServerDeployment = (namespace: string, flavor: string): Remedy =>
  oc('show-server-deployment', `oc describe deployment/${flavor} -n ${namespace}`);

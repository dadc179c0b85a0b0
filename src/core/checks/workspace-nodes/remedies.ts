/** The commands and objects this check offers (the shared ones come from core/remedies.ts). */
import type { Remedy } from '../../results';
import { oc } from '../../remedies';

/** Finish an update a paused pool holds back (openshift-docs control-plane-only-update.adoc). */
export const unpausePool = (pool: string): Remedy =>
  oc('unpause-pool', `oc patch mcp/${pool} --type merge -p '{"spec":{"paused":false}}'`);

export const showPools = (): Remedy => oc('show-pools', 'oc get mcp');

/** The VERSION column is each node's kubelet. */
export const showNodeVersions = (): Remedy => oc('show-node-versions', 'oc get nodes');

import type { ReasonSpecs } from '../definition';
import { FEATURE_OFF, RECONCILING } from '../sharedReasons';

/** The reasons workspace-config returns, with the names of their parameters. */
export const reasons = {
  ...FEATURE_OFF,
  ...RECONCILING,
  'dwoc-ok': ['namespace'],
  'dwoc-missing': ['namespace'],
  'dwoc-missing-reconcile-failed': ['namespace', 'message'],
  'dwoc-differs': ['namespace', 'fields'],
  /** devEnvironments.security.podSecurityContext.runAsUser, copied to the DWOC, is refused by the run SCC. */
  'dwoc-run-as-user-rejected': ['namespace', 'uid', 'scc', 'allowed'],
} as const satisfies ReasonSpecs;

import type { ReasonSpecs } from '../definition';
import { FEATURE_OFF, RECONCILING } from '../sharedReasons';

/** The reasons run-scc returns, with the names of their parameters. */
export const reasons = {
  ...FEATURE_OFF,
  ...RECONCILING,
  'scc-ok': ['name'],
  'scc-missing': ['name'],
  /** Missing while the operator reports a failed reconcile (it creates the SCC after the server). */
  'scc-missing-reconcile-failed': ['name', 'message'],
  'scc-differs': ['name', 'fields'],
  'scc-custom': ['name', 'fields'],
} as const satisfies ReasonSpecs;

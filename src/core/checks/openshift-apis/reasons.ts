import type { ReasonSpecs } from '../definition';

/** The reasons openshift-apis returns, with the names of their parameters. */
export const reasons = {
  'openshift-apis-served': [],
  'openshift-apis-missing': ['missing'],
} as const satisfies ReasonSpecs;

import type { ReasonSpecs } from '../definition';

/** The reasons feature-set returns, with the names of their parameters. */
export const reasons = {
  'feature-set-default': [],
  'feature-set-non-default': ['featureSet'],
  /** CustomNoUpgrade lists one of the user-namespace gates under customNoUpgrade.disabled. */
  'feature-set-disables-gates': ['featureSet', 'gates'],
} as const satisfies ReasonSpecs;

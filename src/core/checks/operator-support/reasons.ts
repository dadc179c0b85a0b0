import type { ReasonSpecs } from '../definition';

/** The reasons operator-support returns, with the names of their parameters. */
export const reasons = {
  'operator-supports-field': [],
  'operator-too-old': ['crd'],
} as const satisfies ReasonSpecs;

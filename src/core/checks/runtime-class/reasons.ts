import type { ReasonSpecs } from '../definition';

/** The reasons runtime-class returns, with the names of their parameters. */
export const reasons = {
  'runtime-class-unset': [],
  'runtime-class-set': ['name'],
} as const satisfies ReasonSpecs;

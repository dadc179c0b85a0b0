import type { ReasonSpecs } from '../definition';

/** The reasons devspaces-installed returns, with the names of their parameters. */
export const reasons = {
  'checluster-found': ['count'],
  'checluster-none': [],
} as const satisfies ReasonSpecs;

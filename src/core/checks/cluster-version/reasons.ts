import type { ReasonSpecs } from '../definition';

/** The reasons cluster-version returns, with the names of their parameters. */
export const reasons = {
  'version-supported': ['current', 'minimum'],
  'version-too-old': ['current', 'minimum'],
  'upgrade-in-progress': ['current', 'desired'],
  'version-unparseable': ['raw'],
  'version-not-completed': ['desired'],
} as const satisfies ReasonSpecs;

import type { ReasonSpecs } from '../definition';

/** The reasons feature-gates returns, with the names of their parameters. */
export const reasons = {
  'gates-enabled': ['version', 'gates'],
  'gates-disabled': ['version', 'gates'],
  'gates-missing': ['version', 'gates'],
  /** No entry for the current version: the gates of the newest entry of the same minor are on. */
  'gates-enabled-same-minor': ['version', 'current', 'gates'],
  'gates-no-entry': ['version'],
} as const satisfies ReasonSpecs;

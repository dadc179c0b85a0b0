import type { ReasonSpecs } from '../definition';
import { FEATURE_OFF } from '../sharedReasons';

/** The reasons workspace-user-namespaces returns, with the names of their parameters. */
export const reasons = {
  ...FEATURE_OFF,
  'userns-no-pods': [],
  'userns-all': ['with'],
  'userns-some-missing': ['with', 'without'],
  /** Running pods whose containers cannot be read: cannot tell whether they run podman. */
  'userns-unreadable': ['count', 'pods'],
} as const satisfies ReasonSpecs;

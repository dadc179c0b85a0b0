import type { ReasonSpecs } from '../definition';
import { FEATURE_OFF } from '../sharedReasons';

/** The reasons kubedock-workspaces returns, with the names of their parameters. */
export const reasons = {
  ...FEATURE_OFF,
  'kubedock-none': [],
  'kubedock-found': ['count', 'workspaces'],
} as const satisfies ReasonSpecs;

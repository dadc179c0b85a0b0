import type { ReasonSpecs } from '../definition';

/** The reasons devworkspace-operator returns, with the names of their parameters. */
export const reasons = {
  'dwo-supports-host-users': ['version'],
  'dwo-too-old': ['crd'],
  /** Knows hostUsers but does not inject HOST_USERS (DWO < 0.40): parent devfiles break. */
  'dwo-no-host-users-env': ['version'],
} as const satisfies ReasonSpecs;

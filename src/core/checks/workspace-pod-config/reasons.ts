import type { ReasonSpecs } from '../definition';
import { FEATURE_OFF } from '../sharedReasons';

/** The reasons workspace-pod-config returns, with the names of their parameters. */
export const reasons = {
  ...FEATURE_OFF,
  'pod-config-no-pods': [],
  'pod-config-ok': ['count'],
  /** Some pods with hostUsers false miss what nested podman needs; details name each miss per pod. */
  'pod-config-problems': ['count', 'pods'],
  /** Pods with hostUsers false whose containers cannot be read: nothing can be told about them. */
  'pod-config-unreadable': ['count', 'pods'],
} as const satisfies ReasonSpecs;

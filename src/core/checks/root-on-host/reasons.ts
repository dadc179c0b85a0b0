import type { ReasonSpecs } from '../definition';

/** The reasons root-on-host returns, with the names of their parameters. */
export const reasons = {
  'root-none': ['pods'],
  /** UID 0 or privileged without a user namespace: root on the node. */
  'root-found': ['count'],
  /** Non-root, but may escalate without a user namespace (every container-build workspace). */
  'escalation-possible': ['count'],
} as const satisfies ReasonSpecs;

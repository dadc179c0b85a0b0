import type { ReasonSpecs } from '../definition';

/** The reasons workspace-images returns, with the names of their parameters. */
export const reasons = {
  'images-ok': ['count'],
  /** Some image can never run nested podman (ubi8 UDI, entrypoint replaced). */
  'images-broken': ['count', 'workspaces'],
  /** Some image cannot be told apart from a working one: verify it. */
  'images-verify': ['count', 'workspaces'],
} as const satisfies ReasonSpecs;

import type { ReasonSpecs } from '../definition';

/** The reasons tech-preview-setup returns, with the names of their parameters. */
export const reasons = {
  'tech-preview-none': [],
  /** `parts`: build-scc, pod-overrides, feature-set; the details name each object. */
  'tech-preview-found': ['parts', 'workspaces'],
} as const satisfies ReasonSpecs;

/**
 * Reasons more than one check returns, worded once (components/text/reasonText.ts). The first five
 * are about the data behind any check; a check that may also return `feature-off` or `reconciling`
 * spreads them into its own reasons.
 */
export const GENERIC_REASONS = {
  loading: ['resource'],
  /** 403: `verb` on `resource` in API `group` ('' = core) would let the viewer tell. */
  forbidden: ['resource', 'verb', 'group'],
  'read-error': ['resource', 'message'],
  'not-openshift': [],
  'not-installed': [],
} as const;

/** The check applies once the feature is on. */
export const FEATURE_OFF = { 'feature-off': [] } as const;

/** Right after a toggle the operator has not caught up yet. */
export const RECONCILING = { reconciling: ['since'] } as const;

export type GenericReasonCode = keyof typeof GENERIC_REASONS;
export type SharedReasonCode = GenericReasonCode | 'feature-off' | 'reconciling';

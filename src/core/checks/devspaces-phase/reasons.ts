import type { ReasonSpecs } from '../definition';

/** The reasons devspaces-phase returns, with the names of their parameters. */
export const reasons = {
  'phase-active': ['version'],
  'phase-not-active': ['phase', 'message', 'reason'],
  /** status.reason set (InstallOrUpdateFailed): the operator's last reconcile failed, whatever chePhase says. */
  'reconcile-failed': ['reason', 'message', 'phase'],
  /** chePhase Inactive: the server Deployment has no available replica (server_reconciler.go). */
  'server-inactive': [],
  /** chePhase RollingUpdate: the server Deployment is rolling out. */
  'rolling-update': [],
} as const satisfies ReasonSpecs;

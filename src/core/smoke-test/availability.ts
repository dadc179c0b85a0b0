/**
 * Whether the summary offers the smoke test, and whether its button may be pressed now. Pure: the
 * components pass in what the hooks read (the CheCluster, the access reviews, the current run).
 */
import type { CheClusterReport } from '../results';

/**
 * Offered once the switch asks for nested containers on this CheCluster — also while the operator
 * is still reconciling or a check fails, since proving (or locating) the failure is what it is for.
 * Not offered while off: the pod would be refused by an SCC that does not exist yet, and the page
 * opens no access reviews or pod watches for a feature nobody turned on.
 */
export const isSmokeTestOffered = (
  cheClusterReport: Pick<CheClusterReport, 'requestedEnabled'>,
): boolean => cheClusterReport.requestedEnabled;

export interface SmokeTestAvailabilityInput {
  /** The watched CheCluster the pod is built from (its images, its security context). */
  cheClusterLoaded: boolean;
  /** SelfSubjectAccessReviews for what the run does; `missing` names what was denied. */
  access: { loading: boolean; missing: readonly string[] };
  /** A run of this page has not reached its verdict yet: one pod at a time. */
  running: boolean;
}

export type SmokeTestAvailability =
  | { allowed: true }
  | {
      allowed: false;
      why:
        | { reason: 'checluster-not-loaded' }
        | { reason: 'checking-access' }
        | { reason: 'access-missing'; missing: readonly string[] }
        | { reason: 'running' };
    };

/** The first thing that stops a run, in the order an administrator can act on it. */
export const smokeTestAvailability = ({
  cheClusterLoaded,
  access,
  running,
}: SmokeTestAvailabilityInput): SmokeTestAvailability => {
  if (!cheClusterLoaded) return { allowed: false, why: { reason: 'checluster-not-loaded' } };
  if (access.loading) return { allowed: false, why: { reason: 'checking-access' } };
  if (access.missing.length > 0)
    return { allowed: false, why: { reason: 'access-missing', missing: access.missing } };
  if (running) return { allowed: false, why: { reason: 'running' } };
  return { allowed: true };
};

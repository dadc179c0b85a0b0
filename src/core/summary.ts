/**
 * What the top of the page and the tab say for one CheCluster: a headline derived from the
 * feature state and the check results, and the checks that need attention, blocking ones first.
 * Also the order of a checklist group: problems first, passed and not-applicable ones folded.
 */
import type { CheckId, CheckResult, CheClusterReport } from './results';
import type { RecentToggle } from './snapshot';
import { STATUS_RANK } from './resultBuilders';
import { reconcileProgress, type ReconcileProgress, type ReconcileStepId } from './reconcileSteps';

export type SummaryHeadline =
  /** Off, and nothing stops turning it on; `problems` findings to read first. */
  | { kind: 'ready-to-enable'; problems: number }
  /** Off; this failing check stops turning it on. */
  | { kind: 'blocked'; check: CheckResult }
  /**
   * Off; a check that gates the change could not run (loading, forbidden, read error). When it
   * could not be read, the switch may still be usable past a confirmation (enable.unverified).
   */
  | { kind: 'cannot-tell'; check: CheckResult }
  /** The CheCluster itself cannot be patched safely (no name, namespace or resourceVersion). */
  | { kind: 'cannot-change' }
  | { kind: 'enabled'; problems: number }
  | { kind: 'enabling'; step: ReconcileStepId | null; stalled: boolean }
  | { kind: 'disabling'; step: ReconcileStepId | null; stalled: boolean };

export interface SummaryItem {
  check: CheckResult;
  /** This check is one of the reasons the switch cannot be used. */
  blocking: boolean;
}

export interface CheClusterSummary {
  headline: SummaryHeadline;
  items: SummaryItem[];
  progress: ReconcileProgress | null;
}

/** Failing, warning, and could-not-run checks; `reconciling` ones are shown as progress instead. */
export const needsAttention = (c: CheckResult): boolean =>
  c.status === 'fail' ||
  c.status === 'warn' ||
  (c.status === 'unknown' && c.reason !== 'reconciling');

/** Worst status first; equal statuses keep the core's order (ALL_CHECKS). */
const byStatus = (checks: CheckResult[]): CheckResult[] =>
  checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => STATUS_RANK[b.c.status] - STATUS_RANK[a.c.status] || a.i - b.i)
    .map(({ c }) => c);

export const summarize = (
  cheClusterReport: CheClusterReport,
  toggles: readonly RecentToggle[] | undefined,
  now: number,
): CheClusterSummary => {
  const off = !cheClusterReport.requestedEnabled;
  // Gates that could not be read stand in the way too, until the administrator confirms past them.
  const blockerIds = new Set<CheckId>(
    off
      ? [...cheClusterReport.enable.blockers, ...cheClusterReport.enable.unverified].map(
          (b) => b.check,
        )
      : [],
  );
  const problems = byStatus(cheClusterReport.checks.filter(needsAttention));
  const items = [
    ...problems.filter((c) => blockerIds.has(c.id)),
    ...problems.filter((c) => !blockerIds.has(c.id)),
  ].map((check) => ({ check, blocking: blockerIds.has(check.id) }));
  const progress = reconcileProgress(cheClusterReport, toggles, now);
  return { headline: headlineOf(cheClusterReport, items, progress), items, progress };
};

const headlineOf = (
  cheClusterReport: CheClusterReport,
  items: SummaryItem[],
  progress: ReconcileProgress | null,
): SummaryHeadline => {
  const { featureState } = cheClusterReport;
  if (featureState === 'enabling' || featureState === 'disabling') {
    return {
      kind: featureState,
      step: progress?.current ?? null,
      stalled: progress?.stalled ?? false,
    };
  }
  if (featureState === 'enabled') return { kind: 'enabled', problems: items.length };
  const blocking = items.filter((i) => i.blocking).map((i) => i.check);
  const failing = blocking.find((c) => c.status === 'fail');
  if (failing) return { kind: 'blocked', check: failing };
  // "Ready" needs every gate read: one that could not be is "cannot tell", even if the switch
  // stays usable past a confirmation.
  if (cheClusterReport.enable.allowed && cheClusterReport.enable.unverified.length === 0)
    return { kind: 'ready-to-enable', problems: items.length };
  if (blocking[0]) return { kind: 'cannot-tell', check: blocking[0] };
  return { kind: 'cannot-change' };
};

export interface OrderedGroup {
  /** Failures, could-not-run, warnings, then in-progress: shown open. */
  open: CheckResult[];
  /** Passed and not applicable, in the core's order: folded into one line. */
  folded: CheckResult[];
}

export const orderGroup = (checks: CheckResult[], ids: readonly CheckId[]): OrderedGroup => {
  const rows = checks.filter((c) => ids.includes(c.id));
  const quiet = (c: CheckResult) => c.status === 'pass' || c.status === 'na';
  return { open: byStatus(rows.filter((c) => !quiet(c))), folded: rows.filter(quiet) };
};

/** CheClusters by namespace, then name: the order does not move when a watch redelivers. */
export const cheClustersInOrder = (
  cheClusterReports: readonly CheClusterReport[],
): CheClusterReport[] =>
  [...cheClusterReports].sort(
    (a, b) =>
      a.cheCluster.namespace.localeCompare(b.cheCluster.namespace) ||
      a.cheCluster.name.localeCompare(b.cheCluster.name),
  );

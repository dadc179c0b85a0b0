/** Test-only: read one result out of a report. */
import type { CheckId, CheckResult, CheClusterReport, ReadinessReport } from '../results';

export const cheClusterCheck = (cheClusterReport: CheClusterReport, id: CheckId): CheckResult => {
  const found = cheClusterReport.checks.find((c) => c.id === id);
  if (!found) throw new Error(`check ${id} missing`);
  return found;
};

/** The result of `id` for the first (or `index`-th) CheCluster. */
export const check = (report: ReadinessReport, id: CheckId, index = 0): CheckResult => {
  const cheClusterReport = report.cheClusterReports[index];
  if (!cheClusterReport) throw new Error(`no cheClusterReport ${index}`);
  return cheClusterCheck(cheClusterReport, id);
};

export const clusterCheck = (report: ReadinessReport, id: CheckId): CheckResult => {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`check ${id} missing`);
  return found;
};

/** status and reason, the pair most assertions compare. */
export const outcome = (r: CheckResult): [string, string] => [r.status, r.reason];

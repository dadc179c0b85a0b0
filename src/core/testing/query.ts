/** Test-only: read one result out of a report. */
import type { CheckId, CheckResult, InstanceReport, ReadinessReport } from '../results';

export const instanceCheck = (instance: InstanceReport, id: CheckId): CheckResult => {
  const found = instance.checks.find((c) => c.id === id);
  if (!found) throw new Error(`check ${id} missing`);
  return found;
};

/** The result of `id` for the first (or `index`-th) CheCluster. */
export const check = (report: ReadinessReport, id: CheckId, index = 0): CheckResult => {
  const instance = report.instances[index];
  if (!instance) throw new Error(`no instance ${index}`);
  return instanceCheck(instance, id);
};

export const clusterCheck = (report: ReadinessReport, id: CheckId): CheckResult => {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`check ${id} missing`);
  return found;
};

/** status and reason, the pair most assertions compare. */
export const outcome = (r: CheckResult): [string, string] => [r.status, r.reason];

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { loaded, LOADING, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import { offSnapshot } from '../../testing/builders';
import { check, clusterCheck, outcome } from '../../testing/query';

const run = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });

describe('openshift-apis', () => {
  it('passes when config and security groups are served', () => {
    expect(outcome(check(run({}), 'openshift-apis'))).toEqual(['pass', 'openshift-apis-served']);
  });

  it('turns every other check to na/not-openshift and makes the feature unavailable', () => {
    const report = run({ openshiftApis: loaded({ config: true, security: false }) });
    const apis = clusterCheck(report, 'openshift-apis');
    expect(outcome(apis)).toEqual(['fail', 'openshift-apis-missing']);
    expect(apis.params.missing).toEqual(['security.openshift.io']);
    for (const r of [...report.checks, ...report.cheClusterReports[0].checks]) {
      if (r.id !== 'openshift-apis') expect(outcome(r)).toEqual(['na', 'not-openshift']);
    }
    expect(report.verdict).toBe('unavailable');
    expect(report.cheClusterReports[0].enable.allowed).toBe(false);
  });

  it('treats an absent discovery answer as no OpenShift', () => {
    const report = run({ openshiftApis: NOT_FOUND });
    expect(clusterCheck(report, 'openshift-apis').params.missing).toEqual([
      'config.openshift.io',
      'security.openshift.io',
    ]);
  });

  it('treats a missing ClusterVersion as no config.openshift.io, whatever the model list says', () => {
    const report = run({ clusterVersion: NOT_FOUND });
    expect(outcome(clusterCheck(report, 'openshift-apis'))).toEqual([
      'fail',
      'openshift-apis-missing',
    ]);
    expect(clusterCheck(report, 'openshift-apis').params.missing).toEqual(['config.openshift.io']);
    expect(report.verdict).toBe('unavailable');
  });

  it('is unknown while discovery loads', () => {
    expect(outcome(clusterCheck(run({ openshiftApis: LOADING }), 'openshift-apis'))).toEqual([
      'unknown',
      'loading',
    ]);
  });
});

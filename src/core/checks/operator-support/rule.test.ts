import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { forbidden, loaded, LOADING } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import { cheCluster, crdWithoutSwitch, offSnapshot } from '../../testing/builders';
import { check, outcome } from '../../testing/query';

const run = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });

describe('operator-support', () => {
  it('passes with the real CRD, whose v2 schema has the switch', () => {
    expect(outcome(check(run({}), 'operator-support'))).toEqual([
      'pass',
      'operator-supports-field',
    ]);
  });

  it('fails and blocks enabling with a CRD from an older operator', () => {
    const report = run({ cheClusterCrd: loaded(crdWithoutSwitch()) });
    const r = check(report, 'operator-support');
    expect(outcome(r)).toEqual(['fail', 'operator-too-old']);
    expect(r.object).toMatchObject({
      kind: 'CustomResourceDefinition',
      name: 'checlusters.org.eclipse.che',
    });
    expect(r.field).toContain('disableContainerRunCapabilities');
    expect(report.cheClusterReports[0].enable.blockers).toContainEqual({
      check: 'operator-support',
      reason: 'operator-too-old',
    });
  });

  it('a CheCluster that holds the switch answers it, without the CRD', () => {
    // The API server defaults the field from the CRD and prunes undeclared ones on every read.
    const report = run({
      cheClusters: loaded([cheCluster({ enabled: false })]),
      cheClusterCrd: LOADING,
    });
    const r = check(report, 'operator-support');
    expect(outcome(r)).toEqual(['pass', 'operator-supports-field']);
    expect(r.object).toMatchObject({ kind: 'CheCluster', name: 'devspaces' });
    expect(r.field).toBe('spec.devEnvironments.disableContainerRunCapabilities');
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
  });

  it('a CheCluster without the field proves nothing: the CRD decides', () => {
    expect(outcome(check(run({ cheClusterCrd: LOADING }), 'operator-support'))).toEqual([
      'unknown',
      'loading',
    ]);
  });

  it('cannot tell when the CRD is forbidden: unverified, with the access that would tell', () => {
    const report = run({ cheClusterCrd: forbidden() });
    const r = check(report, 'operator-support');
    expect(outcome(r)).toEqual(['unknown', 'forbidden']);
    expect(r.params).toEqual({
      resource: 'customresourcedefinitions',
      verb: 'get',
      group: 'apiextensions.k8s.io',
    });
    expect(report.cheClusterReports[0].verdict).toBe('unknown');
    expect(report.cheClusterReports[0].enable).toMatchObject({
      allowed: true,
      unverified: [{ check: 'operator-support', reason: 'forbidden' }],
    });
  });

  it('while the CRD still loads, the switch waits', () => {
    const enable = run({ cheClusterCrd: LOADING }).cheClusterReports[0].enable;
    expect(enable.allowed).toBe(false);
    expect(enable.unverified).toEqual([]);
  });
});

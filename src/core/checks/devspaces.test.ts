import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { failed, forbidden, loaded, LOADING, NOT_FOUND } from '../snapshot';
import type { ClusterSnapshot } from '../snapshot';
import { cheCluster, crdWithoutSwitch, offSnapshot } from '../testing/builders';
import { check, clusterCheck, outcome } from '../testing/query';
import { DEVSPACES_CHECKS, WORKSPACE_CHECKS } from './registry';

const run = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });

describe('devspaces-installed', () => {
  it('passes with the count of CheClusters', () => {
    const r = clusterCheck(run({}), 'devspaces-installed');
    expect(outcome(r)).toEqual(['pass', 'checluster-found']);
    expect(r.params.count).toBe(1);
  });

  it.each([
    ['an empty list', loaded([])],
    ['no CheCluster API', NOT_FOUND],
  ])('with %s: not installed, unavailable, per-instance checks n/a', (_, cheClusters) => {
    const report = run({ cheClusters });
    expect(outcome(clusterCheck(report, 'devspaces-installed'))).toEqual([
      'fail',
      'checluster-none',
    ]);
    expect(report.instances).toEqual([]);
    expect(report.verdict).toBe('unavailable');
    for (const id of [...DEVSPACES_CHECKS, ...WORKSPACE_CHECKS].filter(
      (i) => i !== 'devspaces-installed',
    )) {
      expect(outcome(clusterCheck(report, id))).toEqual(['na', 'not-installed']);
    }
  });

  it.each([
    [forbidden(), 'forbidden'],
    [failed('etcd timeout', 504), 'read-error'],
    [LOADING, 'loading'],
  ])('an unreadable list is unknown, never "not installed"', (cheClusters, reason) => {
    const report = run({ cheClusters });
    expect(outcome(clusterCheck(report, 'devspaces-installed'))).toEqual(['unknown', reason]);
    expect(outcome(clusterCheck(report, 'run-scc'))).toEqual(['unknown', reason]);
    expect(report.verdict).toBe('unknown');
  });

  it('evaluates several CheClusters each on its own', () => {
    const report = run({
      cheClusters: loaded([
        cheCluster(),
        cheCluster({
          name: 'eclipse-che',
          namespace: 'eclipse-che',
          enabled: true,
          phase: 'Inactive',
        }),
      ]),
    });
    expect(clusterCheck(report, 'devspaces-installed').params.count).toBe(2);
    expect(report.instances.map((i) => [i.cheCluster.name, i.flavor, i.requestedEnabled])).toEqual([
      ['devspaces', 'devspaces', false],
      ['eclipse-che', 'che', true],
    ]);
    expect(outcome(check(report, 'devspaces-phase', 0))).toEqual(['pass', 'phase-active']);
    expect(outcome(check(report, 'devspaces-phase', 1))).toEqual(['warn', 'phase-not-active']);
    // The cluster row shows the worst instance.
    expect(outcome(clusterCheck(report, 'devspaces-phase'))).toEqual(['warn', 'phase-not-active']);
  });
});

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
    expect(report.instances[0].enable.blockers).toContainEqual({
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
    expect(report.instances[0].enable.allowed).toBe(true);
  });

  it('a CheCluster without the field proves nothing: the CRD decides', () => {
    expect(outcome(check(run({ cheClusterCrd: LOADING }), 'operator-support'))).toEqual([
      'unknown',
      'loading',
    ]);
  });

  it('cannot tell when the CRD is forbidden, which blocks enabling', () => {
    const report = run({ cheClusterCrd: forbidden() });
    expect(outcome(check(report, 'operator-support'))).toEqual(['unknown', 'forbidden']);
    expect(report.instances[0].enable.allowed).toBe(false);
  });
});

describe('devspaces-phase', () => {
  it.each([['Inactive'], ['RollingUpdate'], ['PendingDeletion'], ['SomethingNew']])(
    '%s warns with the operator message',
    (phase) => {
      const c = cheCluster({ phase });
      c.status!.message = 'Deployment devspaces-dashboard is not ready';
      c.status!.reason = 'InstallOrUpdateFailed';
      const report = run({ cheClusters: loaded([c]) });
      const r = check(report, 'devspaces-phase');
      expect(outcome(r)).toEqual(['warn', 'phase-not-active']);
      expect(r.params).toEqual({
        phase,
        message: 'Deployment devspaces-dashboard is not ready',
        reason: 'InstallOrUpdateFailed',
      });
      expect(report.instances[0].enable.allowed).toBe(true);
      expect(report.instances[0].enable.warnings).toContainEqual({
        check: 'devspaces-phase',
        reason: 'phase-not-active',
      });
    },
  );

  it('warns without a status at all', () => {
    const c = cheCluster();
    delete c.status;
    expect(check(run({ cheClusters: loaded([c]) }), 'devspaces-phase').params.phase).toBeNull();
  });
});

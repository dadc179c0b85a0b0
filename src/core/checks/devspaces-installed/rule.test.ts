import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { failed, forbidden, loaded, LOADING, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import { cheCluster, offSnapshot } from '../../testing/builders';
import { check, clusterCheck, outcome } from '../../testing/query';
import { DEVSPACES_CHECKS, WORKSPACE_CHECKS } from '../registry';

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
  ])('with %s: not installed, unavailable, per-CheCluster checks n/a', (_, cheClusters) => {
    const report = run({ cheClusters });
    expect(outcome(clusterCheck(report, 'devspaces-installed'))).toEqual([
      'fail',
      'checluster-none',
    ]);
    expect(report.cheClusterReports).toEqual([]);
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
    expect(
      report.cheClusterReports.map((i) => [i.cheCluster.name, i.flavor, i.requestedEnabled]),
    ).toEqual([
      ['devspaces', 'devspaces', false],
      ['eclipse-che', 'che', true],
    ]);
    expect(outcome(check(report, 'devspaces-phase', 0))).toEqual(['pass', 'phase-active']);
    expect(outcome(check(report, 'devspaces-phase', 1))).toEqual(['warn', 'server-inactive']);
    // The cluster row shows the worst CheCluster.
    expect(outcome(clusterCheck(report, 'devspaces-phase'))).toEqual(['warn', 'server-inactive']);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { loaded, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import { cheCluster, offSnapshot } from '../../testing/builders';
import { check, outcome } from '../../testing/query';

const run = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });

/** The CheCluster as che-operator leaves it after a reconciler returned an error (7.111+). */
const FAILED_MESSAGE =
  'Failed to reconcile CheCluster resources. The installation is not completed. Check operator logs for details.';
const failedReconcile = (phase: string, enabled?: boolean) => {
  const c = cheCluster({ phase, enabled });
  c.status!.reason = 'InstallOrUpdateFailed';
  c.status!.message = FAILED_MESSAGE;
  return c;
};

describe('devspaces-phase', () => {
  it.each([['Active'], ['Inactive'], ['RollingUpdate']])(
    'a failed reconcile is a failure with the operator message, whatever the phase (%s)',
    (phase) => {
      const report = run({ cheClusters: loaded([failedReconcile(phase)]) });
      const r = check(report, 'devspaces-phase');
      expect(outcome(r)).toEqual(['fail', 'reconcile-failed']);
      expect(r.params).toEqual({ reason: 'InstallOrUpdateFailed', message: FAILED_MESSAGE, phase });
      // The message points at the log: the remedy is that log, in the operator's namespace.
      expect(r.remedies.map((m) => m.code)).toEqual(['operator-logs', 'show-checluster-status']);
      expect(r.remedies[0]).toMatchObject({
        text: 'oc logs -n openshift-operators deployment/devspaces-operator --tail=200',
      });
      expect(report.cheClusterReports[0].verdict).toBe('not-ready');
    },
  );

  it('any reason the operator writes is a failed reconcile (it clears the reason after a complete pass)', () => {
    const c = cheCluster();
    c.status!.reason = 'SomethingElseFailed';
    expect(outcome(check(run({ cheClusters: loaded([c]) }), 'devspaces-phase'))).toEqual([
      'fail',
      'reconcile-failed',
    ]);
  });

  it('an empty reason is no failure', () => {
    const c = cheCluster();
    c.status!.reason = '';
    c.status!.message = '';
    expect(outcome(check(run({ cheClusters: loaded([c]) }), 'devspaces-phase'))).toEqual([
      'pass',
      'phase-active',
    ]);
  });

  it('Inactive: the server is down, a warning pointing at the server Deployment', () => {
    const report = run({ cheClusters: loaded([cheCluster({ phase: 'Inactive' })]) });
    const r = check(report, 'devspaces-phase');
    expect(outcome(r)).toEqual(['warn', 'server-inactive']);
    expect(r.remedies[0]).toMatchObject({
      code: 'show-server-deployment',
      text: 'oc describe deployment/devspaces -n openshift-devspaces',
    });
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
  });

  it('RollingUpdate: a rollout, a warning while it lasts', () => {
    const r = check(
      run({ cheClusters: loaded([cheCluster({ phase: 'RollingUpdate' })]) }),
      'devspaces-phase',
    );
    expect(outcome(r)).toEqual(['warn', 'rolling-update']);
  });

  it.each([['PendingDeletion'], ['SomethingNew']])('%s warns with the phase', (phase) => {
    const report = run({ cheClusters: loaded([cheCluster({ phase })]) });
    const r = check(report, 'devspaces-phase');
    expect(outcome(r)).toEqual(['warn', 'phase-not-active']);
    expect(r.params).toEqual({ phase, message: null, reason: null });
    expect(report.cheClusterReports[0].enable.warnings).toContainEqual({
      check: 'devspaces-phase',
      reason: 'phase-not-active',
    });
  });

  it('warns without a status at all', () => {
    const c = cheCluster();
    delete c.status;
    expect(check(run({ cheClusters: loaded([c]) }), 'devspaces-phase').params.phase).toBeNull();
  });
});

describe('objects missing because a reconcile failed', () => {
  it('switch on, phase Active, reason InstallOrUpdateFailed, nothing created: each check says why', () => {
    const report = run({
      cheClusters: loaded([failedReconcile('Active', true)]),
      sccs: { 'container-run': NOT_FOUND },
      devWorkspaceOperatorConfigs: { 'openshift-devspaces': NOT_FOUND },
      clusterRoles: {
        'devspaces-user-container-run': NOT_FOUND,
        'dev-workspace-container-run': NOT_FOUND,
      },
      clusterRoleBindings: { 'dev-workspace-container-run': NOT_FOUND },
    });
    const scc = check(report, 'run-scc');
    expect(outcome(scc)).toEqual(['fail', 'scc-missing-reconcile-failed']);
    expect(scc.params).toEqual({ name: 'container-run', message: FAILED_MESSAGE });
    expect(scc.remedies[0].code).toBe('operator-logs');
    const rbac = check(report, 'scc-rbac');
    expect(outcome(rbac)).toEqual(['fail', 'rbac-missing-reconcile-failed']);
    expect(rbac.params).toEqual({ name: 'devspaces-user-container-run', message: FAILED_MESSAGE });
    expect(outcome(check(report, 'workspace-config'))).toEqual([
      'fail',
      'dwoc-missing-reconcile-failed',
    ]);
    // Not "turning on": the operator has stopped, not caught up.
    expect(report.cheClusterReports[0].featureState).toBe('enabled');
    expect(report.cheClusterReports[0].verdict).toBe('not-ready');
  });

  it('a failed reconcile is no progress even right after a toggle from this page', () => {
    const snapshot = offSnapshot({
      cheClusters: loaded([failedReconcile('Active', true)]),
      sccs: { 'container-run': NOT_FOUND },
      recentToggles: [
        { namespace: 'openshift-devspaces', name: 'devspaces', enabled: true, at: 0 },
      ],
    });
    const report = evaluate(snapshot, { now: 1000 });
    expect(outcome(check(report, 'run-scc'))).toEqual(['fail', 'scc-missing-reconcile-failed']);
    expect(report.cheClusterReports[0].featureState).toBe('enabled');
  });
});

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
    expect(outcome(check(report, 'devspaces-phase', 1))).toEqual(['warn', 'server-inactive']);
    // The cluster row shows the worst instance.
    expect(outcome(clusterCheck(report, 'devspaces-phase'))).toEqual(['warn', 'server-inactive']);
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

  it('cannot tell when the CRD is forbidden: unverified, with the access that would tell', () => {
    const report = run({ cheClusterCrd: forbidden() });
    const r = check(report, 'operator-support');
    expect(outcome(r)).toEqual(['unknown', 'forbidden']);
    expect(r.params).toEqual({
      resource: 'customresourcedefinitions',
      verb: 'get',
      group: 'apiextensions.k8s.io',
    });
    expect(report.instances[0].verdict).toBe('unknown');
    expect(report.instances[0].enable).toMatchObject({
      allowed: true,
      unverified: [{ check: 'operator-support', reason: 'forbidden' }],
    });
  });

  it('while the CRD still loads, the switch waits', () => {
    const enable = run({ cheClusterCrd: LOADING }).instances[0].enable;
    expect(enable.allowed).toBe(false);
    expect(enable.unverified).toEqual([]);
  });
});

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
      expect(report.instances[0].verdict).toBe('not-ready');
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
    expect(report.instances[0].enable.allowed).toBe(true);
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
    expect(report.instances[0].enable.warnings).toContainEqual({
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
    expect(report.instances[0].featureState).toBe('enabled');
    expect(report.instances[0].verdict).toBe('not-ready');
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
    expect(report.instances[0].featureState).toBe('enabled');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { forbidden, loaded, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import type { SecurityContextConstraints } from '../../../models/securityContextConstraints';
import {
  cheCluster,
  clusterVersion,
  dwoClusterRole,
  offSnapshot,
  onSnapshot,
  runScc,
  userClusterRole,
} from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { remedyText } from '../../remedyYaml';

const on = (o: Partial<ClusterSnapshot>) => evaluate(onSnapshot(o), { now: 0 });
const withScc = (scc: SecurityContextConstraints) => on({ sccs: { 'container-run': loaded(scc) } });

describe('run-scc when on', () => {
  it('passes on the SCC the operator creates', () => {
    const r = check(on({}), 'run-scc');
    expect(outcome(r)).toEqual(['pass', 'scc-ok']);
    expect(r.object).toMatchObject({ kind: 'SecurityContextConstraints', name: 'container-run' });
    expect(r.details.every((d) => d.ok !== false)).toBe(true);
  });

  it.each([
    [{ userNamespaceLevel: 'AllowHostLevel' }, ['userNamespaceLevel']],
    [{ userNamespaceLevel: undefined }, ['userNamespaceLevel']],
    [{ seLinuxContext: { type: 'MustRunAs' } }, ['seLinuxContext.seLinuxOptions.type']],
    [{ allowedCapabilities: ['SETUID', 'CHOWN'] }, ['allowedCapabilities.SETGID']],
    [{ allowPrivilegeEscalation: false }, ['allowPrivilegeEscalation']],
    [{ allowPrivilegedContainer: true }, ['allowPrivilegedContainer']],
  ])('a managed SCC with %j fails naming %j', (fields, names) => {
    const r = check(withScc(runScc(fields)), 'run-scc');
    expect(outcome(r)).toEqual(['fail', 'scc-differs']);
    expect(r.params.fields).toEqual(names);
    expect(r.remedies.map(remedyText)).toContain('oc delete scc container-run');
  });

  it('accepts capabilities granted by default, a wildcard, or a CAP_ prefix, and a null escalation (API default true)', () => {
    for (const fields of [
      { allowedCapabilities: [], defaultAddCapabilities: ['SETUID', 'SETGID', 'CHOWN'] },
      { allowedCapabilities: ['*'] },
      { allowedCapabilities: ['CAP_SETUID', 'CAP_SETGID', 'CAP_CHOWN'] },
      { allowPrivilegeEscalation: null },
    ]) {
      expect(outcome(check(withScc(runScc(fields)), 'run-scc'))).toEqual(['pass', 'scc-ok']);
    }
  });

  it('an SCC missing a capability the CheCluster requests fails naming it (admission would refuse every pod)', () => {
    // The CRD default containerSecurityContext adds SETGID, SETUID and CHOWN (che-operator 7.116+).
    const r = check(withScc(runScc({ allowedCapabilities: ['SETUID', 'SETGID'] })), 'run-scc');
    expect(outcome(r)).toEqual(['fail', 'scc-differs']);
    expect(r.params.fields).toEqual(['allowedCapabilities.CHOWN']);
    // A CheCluster that asks only for SETUID/SETGID is fine with that SCC.
    const cc = cheCluster({ enabled: true });
    cc.spec!.devEnvironments!.containerRunConfiguration = {
      containerSecurityContext: { capabilities: { add: ['SETUID', 'SETGID'] } },
    };
    const fits = on({
      cheClusters: loaded([cc]),
      sccs: { 'container-run': loaded(runScc({ allowedCapabilities: ['SETUID', 'SETGID'] })) },
    });
    expect(outcome(check(fits, 'run-scc'))).toEqual(['pass', 'scc-ok']);
  });

  it("the feature's own Jira SCC (nested-podman-scc: SETUID/SETGID only) is not ready, naming CHOWN", () => {
    const cc = cheCluster({ enabled: true, runScc: 'nested-podman-scc' });
    const jira = runScc({
      name: 'nested-podman-scc',
      managed: false,
      allowedCapabilities: ['SETUID', 'SETGID'],
    });
    const report = on({
      cheClusters: loaded([cc]),
      sccs: { 'nested-podman-scc': loaded(jira) },
      clusterRoles: {
        'devspaces-user-container-run': loaded(userClusterRole('devspaces', 'nested-podman-scc')),
      },
    });
    const r = check(report, 'run-scc');
    expect(outcome(r)).toEqual(['fail', 'scc-custom']);
    expect(r.params.fields).toEqual(['allowedCapabilities.CHOWN']);
    expect(report.cheClusterReports[0].verdict).toBe('not-ready');
  });

  it.each([
    [{ runAsUser: { type: 'MustRunAsRange' } }],
    [{ runAsUser: { type: 'MustRunAs', uid: 1000680000 } }],
    [{ runAsUser: { type: 'RunAsAny' } }],
  ])('a runAsUser of %j that does not give a UID inside the user namespace fails', (fields) => {
    const r = check(withScc(runScc(fields)), 'run-scc');
    expect(outcome(r)).toEqual(['fail', 'scc-differs']);
    expect(r.params.fields).toEqual(['runAsUser']);
  });

  it('a managed SCC needs all three operator labels: managed-by alone is custom', () => {
    const scc = runScc();
    scc.metadata!.labels = { 'app.kubernetes.io/managed-by': 'devspaces-operator' };
    expect(outcome(check(withScc(scc), 'run-scc'))).toEqual(['warn', 'scc-custom']);
  });

  it('an SCC of another flavor is custom: the operator leaves it alone', () => {
    const r = check(withScc(runScc({ flavor: 'che' })), 'run-scc');
    expect(outcome(r)).toEqual(['warn', 'scc-custom']);
    expect(r.params).toEqual({ name: 'container-run', fields: [] });
  });

  it('a custom SCC that lacks what nested containers need fails, with a patch for exactly those fields', () => {
    const scc = runScc({
      managed: false,
      userNamespaceLevel: 'AllowHostLevel',
      allowedCapabilities: ['SETUID'],
    });
    const r = check(withScc(scc), 'run-scc');
    expect(outcome(r)).toEqual(['fail', 'scc-custom']);
    expect(r.params.fields).toEqual([
      'userNamespaceLevel',
      'allowedCapabilities.SETGID',
      'allowedCapabilities.CHOWN',
    ]);
    const patch = remedyText(r.remedies.find((m) => m.code === 'patch-scc')!);
    expect(patch).toBe(
      `oc patch scc container-run --type=merge -p '{"userNamespaceLevel":"RequirePodLevel","allowedCapabilities":["SETUID","SETGID","CHOWN"]}'`,
    );
    expect(remedyText(r.remedies.find((m) => m.kind === 'yaml')!)).toContain(
      'userNamespaceLevel: RequirePodLevel',
    );
  });

  it('uses the SCC name the CheCluster configures', () => {
    const report = on({
      cheClusters: loaded([cheCluster({ enabled: true, runScc: 'podman-run' })]),
      sccs: { 'podman-run': loaded(runScc({ name: 'podman-run' })) },
      clusterRoles: {
        'devspaces-user-container-run': loaded(userClusterRole('devspaces', 'podman-run')),
        'dev-workspace-container-run': loaded(dwoClusterRole('podman-run')),
      },
    });
    expect(check(report, 'run-scc').params).toEqual({ name: 'podman-run' });
    expect(outcome(check(report, 'scc-rbac'))).toEqual(['pass', 'cluster-role-ok']);
  });

  it('a missing SCC fails, or is reconciling right after the toggle', () => {
    const missing = { sccs: { 'container-run': NOT_FOUND } };
    expect(outcome(check(on(missing), 'run-scc'))).toEqual(['fail', 'scc-missing']);
    const toggled = evaluate(
      onSnapshot({
        ...missing,
        recentToggles: [
          { namespace: 'openshift-devspaces', name: 'devspaces', enabled: true, at: 1000 },
        ],
      }),
      { now: 61_000 },
    );
    const r = check(toggled, 'run-scc');
    expect(outcome(r)).toEqual(['unknown', 'reconciling']);
    expect(r.params.since).toBe(1000);
  });

  it('is unknown when the SCC cannot be read', () => {
    expect(outcome(check(on({ sccs: { 'container-run': forbidden() } }), 'run-scc'))).toEqual([
      'unknown',
      'forbidden',
    ]);
    // No entry at all for the SCC: the hooks have not asked yet.
    expect(outcome(check(on({ sccs: {} }), 'run-scc'))).toEqual(['unknown', 'loading']);
  });
});

describe('run-scc when off', () => {
  const off = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });

  it('is n/a: the operator creates it when enabled', () => {
    expect(outcome(check(off({}), 'run-scc'))).toEqual(['na', 'feature-off']);
    expect(outcome(check(off({ sccs: { 'container-run': loaded(runScc()) } }), 'run-scc'))).toEqual(
      ['na', 'feature-off'],
    );
  });

  it('warns about an unmanaged SCC of that name that fits, which the operator would leave alone', () => {
    const report = off({ sccs: { 'container-run': loaded(runScc({ managed: false })) } });
    const r = check(report, 'run-scc');
    expect(outcome(r)).toEqual(['warn', 'scc-custom']);
    expect(r.params.fields).toEqual([]);
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
    expect(report.cheClusterReports[0].enable.warnings).toContainEqual({
      check: 'run-scc',
      reason: 'scc-custom',
    });
  });

  it('fails and blocks enabling when that unmanaged SCC would refuse the workspace pods', () => {
    const report = off({
      sccs: {
        'container-run': loaded(runScc({ managed: false, userNamespaceLevel: 'AllowHostLevel' })),
      },
    });
    const r = check(report, 'run-scc');
    expect(outcome(r)).toEqual(['fail', 'scc-custom']);
    expect(r.params.fields).toEqual(['userNamespaceLevel']);
    expect(report.cheClusterReports[0].enable.allowed).toBe(false);
    expect(report.cheClusterReports[0].enable.blockers).toContainEqual({
      check: 'run-scc',
      reason: 'scc-custom',
    });
  });

  it('an SCC the viewer may not list is "cannot tell", never n/a: turning on only past a confirmation', () => {
    // Issue #20: this read "Ready to turn on" (run SCC n/a) while an SCC of that name could exist.
    const report = off({ sccs: { 'container-run': forbidden() } });
    const r = check(report, 'run-scc');
    expect(outcome(r)).toEqual(['unknown', 'forbidden']);
    expect(r.params).toEqual({
      resource: 'securitycontextconstraints',
      verb: 'list',
      group: 'security.openshift.io',
    });
    const i = report.cheClusterReports[0];
    expect(i.verdict).toBe('unknown');
    expect(i.enable.allowed).toBe(true);
    expect(i.enable.unverified).toEqual([{ check: 'run-scc', reason: 'forbidden' }]);
    expect(i.enable.warnings).not.toContainEqual({ check: 'run-scc', reason: 'forbidden' });
  });

  it('while the SCC still loads, the switch waits (loading is not "unknown past which one may confirm")', () => {
    const report = off({ sccs: {} });
    const i = report.cheClusterReports[0];
    expect(outcome(check(report, 'run-scc'))).toEqual(['unknown', 'loading']);
    expect(i.enable.allowed).toBe(false);
    expect(i.enable.blockers).toContainEqual({ check: 'run-scc', reason: 'loading' });
    expect(i.enable.unverified).toEqual([]);
  });

  it('a known failure still wins over an unreadable gate', () => {
    const report = off({
      sccs: { 'container-run': forbidden() },
      clusterVersion: loaded(clusterVersion('4.19.9')),
    });
    expect(report.cheClusterReports[0].verdict).toBe('not-ready');
    expect(report.cheClusterReports[0].enable.allowed).toBe(false);
  });
});

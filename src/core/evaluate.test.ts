import { describe, expect, it, vi } from 'vitest';
import { evaluate } from './evaluate';
import { loaded, LOADING, NOT_FOUND } from './snapshot';
import type { ClusterSnapshot } from './snapshot';
import {
  cheCluster,
  clusterVersion,
  devWorkspace,
  dwoc,
  offSnapshot,
  onSnapshot,
  workspacePod,
} from './testing/builders';

const NS = 'openshift-devspaces';
const first = (s: ClusterSnapshot, now = 0) => evaluate(s, { now }).cheClusterReports[0];

describe('feature state', () => {
  it('off and clean: disabled, enabling allowed, disabling not', () => {
    const i = first(offSnapshot());
    expect(i.featureState).toBe('disabled');
    expect(i.enable).toMatchObject({ allowed: true, blockers: [] });
    expect(i.disable).toMatchObject({
      allowed: false,
      blockers: [{ check: 'devspaces-installed', reason: 'already-disabled' }],
      warnings: [],
    });
    expect(i.enable.command?.text).toBe(
      `oc patch checluster/devspaces -n openshift-devspaces --type=merge -p '{"spec":{"devEnvironments":{"disableContainerRunCapabilities":false}}}'`,
    );
  });

  it('on and reconciled: enabled, ready, disabling allowed', () => {
    const report = evaluate(onSnapshot(), { now: 0 });
    const i = report.cheClusterReports[0];
    expect(i.featureState).toBe('enabled');
    expect(i.verdict).toBe('ready');
    expect(report.verdict).toBe('ready');
    expect(i.enable.blockers).toEqual([
      { check: 'devspaces-installed', reason: 'already-enabled' },
    ]);
    // Allowed, but the workspace recreated with the run SCC would lose it.
    expect(i.disable).toMatchObject({
      allowed: true,
      blockers: [],
      warnings: [{ check: 'legacy-workspaces', reason: 'run-workspaces-will-break' }],
    });
    expect(i.disable.command?.text).toContain('"disableContainerRunCapabilities":true');
  });

  it('on but not reconciled: enabling, which can still be undone', () => {
    const s = onSnapshot({
      sccs: { 'container-run': NOT_FOUND },
      recentToggles: [{ namespace: NS, name: 'devspaces', enabled: true, at: 0 }],
    });
    const i = first(s, 30_000);
    expect(i.featureState).toBe('enabling');
    expect(i.verdict).toBe('unknown');
    // Unknown only because the operator has not caught up: the screens say it waits for it.
    expect(i.verdictWaitsFor).toBe('operator');
    expect(evaluate(s, { now: 30_000 }).verdictWaitsFor).toBe('operator');
    expect(i.disable.allowed).toBe(true);
    expect(i.enable.allowed).toBe(false);
  });

  it('reads no clock: without a usable now, a toggle from this page excuses nothing', () => {
    const clock = vi.spyOn(Date, 'now');
    const s = onSnapshot({
      sccs: { 'container-run': NOT_FOUND },
      recentToggles: [{ namespace: NS, name: 'devspaces', enabled: true, at: 0 }],
    });
    const i = evaluate(s, {} as { now: number }).cheClusterReports[0];
    expect(clock).not.toHaveBeenCalled();
    expect(i.featureState).toBe('enabled');
    expect(i.checks.find((c) => c.id === 'run-scc')?.status).toBe('fail');
    expect(i.verdictWaitsFor).toBeNull();
    clock.mockRestore();
  });

  it('on, everything reconciled, server down (Inactive): on, with the phase warning', () => {
    // Issue #20: this used to read "Turning on…" forever; Inactive is not a reconcile.
    const i = first(
      onSnapshot({ cheClusters: loaded([cheCluster({ enabled: true, phase: 'Inactive' })]) }),
    );
    expect(i.featureState).toBe('enabled');
    expect(i.checks.find((c) => c.id === 'devspaces-phase')).toMatchObject({
      status: 'warn',
      reason: 'server-inactive',
    });
    expect(i.verdict).toBe('ready-with-warnings');
  });

  it('on, Inactive, run SCC missing, no toggle from this page: on, and the SCC fails', () => {
    const i = first(
      onSnapshot({
        cheClusters: loaded([cheCluster({ enabled: true, phase: 'Inactive' })]),
        sccs: { 'container-run': NOT_FOUND },
      }),
    );
    expect(i.featureState).toBe('enabled');
    expect(i.checks.find((c) => c.id === 'run-scc')?.reason).toBe('scc-missing');
  });

  it('on, rolling out, run SCC not there yet: turning on', () => {
    const i = first(
      onSnapshot({
        cheClusters: loaded([cheCluster({ enabled: true, phase: 'RollingUpdate' })]),
        sccs: { 'container-run': NOT_FOUND },
      }),
    );
    expect(i.featureState).toBe('enabling');
  });

  it('on, rolling out, every object in place: on, whatever the phase', () => {
    const i = first(
      onSnapshot({ cheClusters: loaded([cheCluster({ enabled: true, phase: 'RollingUpdate' })]) }),
    );
    expect(i.featureState).toBe('enabled');
  });

  it('on, run SCC missing, CheCluster Active, no toggle from this page: on, and the SCC fails', () => {
    // Issue #9: this used to read "turning on…" forever.
    const report = evaluate(onSnapshot({ sccs: { 'container-run': NOT_FOUND } }), { now: 0 });
    const i = report.cheClusterReports[0];
    expect(i.featureState).toBe('enabled');
    expect(i.checks.find((c) => c.id === 'run-scc')).toMatchObject({
      status: 'fail',
      reason: 'scc-missing',
    });
    expect(i.verdict).toBe('not-ready');
    expect(i.disable.allowed).toBe(true);
  });

  it.each([
    [
      'the DWOC still has hostUsers:false after a toggle from this page',
      {
        devWorkspaceOperatorConfigs: { [NS]: loaded(dwoc()) },
        recentToggles: [{ namespace: NS, name: 'devspaces', enabled: false, at: 0 }],
      },
    ],
    [
      'the operator is rolling out',
      { cheClusters: loaded([cheCluster({ phase: 'RollingUpdate' })]) },
    ],
  ])('off while %s: disabling; enabling again is allowed', (_, o) => {
    const i = first(offSnapshot(o));
    expect(i.featureState).toBe('disabling');
    expect(i.enable.allowed).toBe(true);
    expect(i.disable.allowed).toBe(false);
  });

  it('off, DWOC still hostUsers:false, Active, no toggle from this page: off, and the DWOC warns', () => {
    const i = first(offSnapshot({ devWorkspaceOperatorConfigs: { [NS]: loaded(dwoc()) } }));
    expect(i.featureState).toBe('disabled');
    expect(i.checks.find((c) => c.id === 'workspace-config')).toMatchObject({
      status: 'warn',
      reason: 'dwoc-differs',
    });
  });

  it('off while the CheCluster is Inactive for another reason, nothing left over: off', () => {
    const i = first(offSnapshot({ cheClusters: loaded([cheCluster({ phase: 'Inactive' })]) }));
    expect(i.featureState).toBe('disabled');
  });

  it('disabling is allowed on any version', () => {
    const i = first(onSnapshot({ clusterVersion: loaded(clusterVersion('4.18.3')) }));
    expect(i.enable.allowed).toBe(false);
    expect(i.disable.allowed).toBe(true);
  });

  it('turning off warns about, and lists, the workspaces created with the run SCC', () => {
    const withRunScc = devWorkspace({ name: 'podman-demo', scc: 'container-run' });
    const older = devWorkspace({ name: 'old-one', scc: 'restricted-v2' });
    const i = first(onSnapshot({ devWorkspaces: loaded([withRunScc, older]) }));
    expect(i.disable.allowed).toBe(true);
    expect(i.disable.warnings).toEqual([
      { check: 'legacy-workspaces', reason: 'run-workspaces-will-break' },
    ]);
    expect(i.runSccWorkspaces.map((w) => w.name)).toEqual(['podman-demo']);
    expect(i.legacyWorkspaces.map((w) => w.name)).toEqual(['old-one']);
  });

  it('turning off with no workspace created with the run SCC has nothing to warn about', () => {
    const i = first(onSnapshot({ devWorkspaces: loaded([]) }));
    expect(i.disable.warnings).toEqual([]);
    expect(i.runSccWorkspaces).toEqual([]);
  });

  it('a CheCluster without resourceVersion cannot be toggled either way', () => {
    for (const s of [
      offSnapshot({ cheClusters: loaded([cheCluster({ resourceVersion: null })]) }),
      onSnapshot({ cheClusters: loaded([cheCluster({ enabled: true, resourceVersion: null })]) }),
    ]) {
      const i = first(s);
      expect(i.enable.allowed || i.disable.allowed).toBe(false);
      expect([...i.enable.blockers, ...i.disable.blockers]).toContainEqual({
        check: 'devspaces-installed',
        reason: 'checluster-unknown',
      });
    }
  });
});

describe('enable decision', () => {
  it('lists every blocker, not only the first', () => {
    const i = first(
      offSnapshot({ clusterVersion: loaded(clusterVersion('4.19.9')), cheClusterCrd: LOADING }),
    );
    expect(i.enable.allowed).toBe(false);
    expect(i.enable.blockers).toEqual([
      { check: 'cluster-version', reason: 'version-too-old' },
      { check: 'feature-gates', reason: 'gates-no-entry' },
      { check: 'operator-support', reason: 'loading' },
    ]);
  });

  it('does not let workspace or runtime findings block', () => {
    const i = first(offSnapshot({ workspacePods: loaded([workspacePod({ runAsUser: 0 })]) }));
    expect(i.enable.allowed).toBe(true);
    expect(i.enable.warnings).toEqual([
      { check: 'legacy-workspaces', reason: 'legacy-will-break' },
      { check: 'root-on-host', reason: 'root-found' },
    ]);
  });
});

describe('verdict', () => {
  it.each<[string, ClusterSnapshot, string]>([
    ['off, no workspaces', offSnapshot({ devWorkspaces: loaded([]) }), 'ready'],
    ['off, workspaces to recreate', offSnapshot(), 'ready-with-warnings'],
    [
      'version too old',
      offSnapshot({ clusterVersion: loaded(clusterVersion('4.19.9')) }),
      'not-ready',
    ],
    // Off, the only check that reads pods is the root-on-host audit, which does not decide readiness.
    ['pods still loading', offSnapshot({ workspacePods: LOADING }), 'ready-with-warnings'],
    ['DevWorkspaces still loading', offSnapshot({ devWorkspaces: LOADING }), 'unknown'],
    // A failure we are sure of is not hidden behind data still loading.
    [
      'too old while pods load',
      offSnapshot({ clusterVersion: loaded(clusterVersion('4.19.9')), workspacePods: LOADING }),
      'not-ready',
    ],
    [
      'not OpenShift',
      offSnapshot({ openshiftApis: loaded({ config: false, security: false }) }),
      'unavailable',
    ],
    ['no CheCluster', offSnapshot({ cheClusters: loaded([]) }), 'unavailable'],
  ])('%s -> %s', (_, s, verdict) => {
    expect(evaluate(s, { now: 0 }).verdict).toBe(verdict);
  });

  it('the cluster verdict is the worst CheCluster', () => {
    const report = evaluate(
      onSnapshot({
        cheClusters: loaded([
          cheCluster({ enabled: true }),
          cheCluster({ name: 'eclipse-che', namespace: 'eclipse-che', enabled: true }),
        ]),
        // The che flavor's DWOC is missing; its ClusterRole has not been fetched yet.
        devWorkspaceOperatorConfigs: { [NS]: loaded(dwoc()), 'eclipse-che': NOT_FOUND },
      }),
      { now: 0 },
    );
    expect(report.cheClusterReports.map((i) => i.verdict)).toEqual(['ready', 'not-ready']);
    expect(report.verdict).toBe('not-ready');
    const che = report.cheClusterReports[1].checks;
    expect(che.find((c) => c.id === 'workspace-config')?.reason).toBe('dwoc-missing');
    expect(che.find((c) => c.id === 'scc-rbac')?.reason).toBe('loading');
  });
});

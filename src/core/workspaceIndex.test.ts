/**
 * Whose workspaces: only a CheCluster's DevWorkspaces (and their pods) are judged; the Web
 * Terminal and other DevWorkspace Operator users' are counted apart, never a finding.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { WORKSPACE_CHECKS } from './checks/registry';
import type { DevWorkspace } from '../models/devWorkspace';
import type { Pod } from '../models/pod';
import type { ReadinessReport } from './results';
import { loaded } from './snapshot';
import type { ClusterSnapshot } from './snapshot';
import { summarize } from './summary';
import {
  cheCluster,
  devWorkspace,
  dwoc,
  nestedPod,
  offSnapshot,
  onSnapshot,
  workspacePod,
} from './testing/builders';
import {
  dashboardWorkspace,
  dwoSampleWorkspace,
  webTerminalPod,
  webTerminalWorkspace,
} from './testing/devWorkspaceShapes';
import { check, outcome } from './testing/query';

const adminTerminal = webTerminalWorkspace();
const developerTerminal = webTerminalWorkspace({
  namespace: 'alice-devspaces',
  name: 'terminal-p9r3zd',
  id: 'workspace1f2e3d4c5b6a7988',
  creator: 'uid-alice',
});
const sample = dwoSampleWorkspace();
// DWO's pod of the sample: its own editor image, root allowed by an SCC the user was granted.
const samplePod = workspacePod({
  namespace: 'dwo-samples',
  name: 'workspace7a6b5c4d3e2f1a09-5c6d7e8f9-k2l3m',
  workspaceId: 'workspace7a6b5c4d3e2f1a09',
  scc: 'anyuid',
  runAsUser: 0,
});
const others: DevWorkspace[] = [adminTerminal, developerTerminal, sample];
const otherPods: Pod[] = [
  webTerminalPod(adminTerminal, 1000710000),
  webTerminalPod(developerTerminal),
  samplePod,
];

/** The reconciled "on" cluster (one running Dev Spaces workspace) plus the given others. */
const withOthers = (
  base: (o: Partial<ClusterSnapshot>) => ClusterSnapshot,
  o: Partial<ClusterSnapshot> = {},
) => {
  const own = base({});
  return base({
    devWorkspaces: loaded([...(own.devWorkspaces as { data: DevWorkspace[] }).data, ...others]),
    workspacePods: loaded([...(own.workspacePods as { data: Pod[] }).data, ...otherPods]),
    ...o,
  });
};
const run = (s: ClusterSnapshot): ReadinessReport => evaluate(s, { now: 0 });
const notDevSpaces = (report: ReadinessReport, id: (typeof WORKSPACE_CHECKS)[number]) =>
  check(report, id).details.find((d) => d.key === 'workspaces.notDevSpaces')?.actual;

describe('whose workspaces', () => {
  it('a healthy "on" cluster with two Web Terminals and a DWO sample stays ready', () => {
    const report = run(withOthers(onSnapshot));
    const cheClusterReport = report.cheClusterReports[0];
    expect(cheClusterReport.verdict).toBe('ready');
    expect(report.verdict).toBe('ready');
    expect(summarize(cheClusterReport, [], 0).items).toEqual([]);
    expect(outcome(check(report, 'workspace-user-namespaces'))).toEqual(['pass', 'userns-all']);
    expect(check(report, 'workspace-user-namespaces').params).toEqual({ with: 1 });
    expect(outcome(check(report, 'root-on-host'))).toEqual(['pass', 'root-none']);
    expect(check(report, 'root-on-host').params).toEqual({ pods: 1 });
    expect(outcome(check(report, 'workspace-pod-config'))[0]).toBe('pass');
    expect(cheClusterReport.rootOnHostPods).toEqual([]);
  });

  it('counts the others apart in the details of every workspace check that ran', () => {
    const report = run(withOthers(onSnapshot));
    for (const id of WORKSPACE_CHECKS) expect(notDevSpaces(report, id)).toBe(3);
    // Only a fact: no expected value, no verdict of its own.
    const row = check(report, 'legacy-workspaces').details.find(
      (d) => d.key === 'workspaces.notDevSpaces',
    );
    expect(row).toEqual({ key: 'workspaces.notDevSpaces', actual: 3 });
    // Not where a check did not run (off: the pod checks are n/a), and not on other groups.
    const off = run(withOthers(offSnapshot));
    expect(outcome(check(off, 'workspace-user-namespaces'))).toEqual(['na', 'feature-off']);
    expect(notDevSpaces(off, 'workspace-user-namespaces')).toBeUndefined();
    expect(notDevSpaces(off, 'legacy-workspaces')).toBe(3);
    for (const c of off.cheClusterReports[0].checks)
      if (!WORKSPACE_CHECKS.includes(c.id))
        expect(c.details.some((d) => d.key === 'workspaces.notDevSpaces')).toBe(false);
    // None of them: no row at all.
    expect(
      run(onSnapshot()).cheClusterReports[0].checks.some((c) =>
        c.details.some((d) => d.key === 'workspaces.notDevSpaces'),
      ),
    ).toBe(false);
  });

  it('offers no patch and names no terminal in the legacy list, the dialog lists or the remedies', () => {
    // Off, the only Dev Spaces workspace recorded the run SCC: nothing to report but the others.
    const report = run(
      withOthers(offSnapshot, {
        devWorkspaces: loaded([devWorkspace({ scc: 'container-run' }), ...others]),
      }),
    );
    const legacy = check(report, 'legacy-workspaces');
    expect(outcome(legacy)).toEqual(['pass', 'legacy-none']);
    expect(legacy.remedies).toEqual([]);
    const cheClusterReport = report.cheClusterReports[0];
    expect(cheClusterReport.unrecordedWorkspaces).toEqual([]);
    expect(cheClusterReport.legacyWorkspaces).toEqual([]);
    expect(cheClusterReport.runSccWorkspaces.map((w) => w.name)).toEqual(['nodejs-web-app']);
    const named = JSON.stringify(report);
    for (const w of others) expect(named).not.toContain(w.metadata!.name!);
  });

  it('a developer Web Terminal in a Dev Spaces user namespace is told by routingClass', () => {
    const report = run(
      onSnapshot({
        devWorkspaces: loaded([devWorkspace({ scc: 'container-run' }), developerTerminal]),
        workspacePods: loaded([nestedPod(), webTerminalPod(developerTerminal)]),
      }),
    );
    expect(outcome(check(report, 'workspace-user-namespaces'))).toEqual(['pass', 'userns-all']);
    expect(outcome(check(report, 'root-on-host'))).toEqual(['pass', 'root-none']);
    expect(notDevSpaces(report, 'root-on-host')).toBe(1);
  });

  it('Dev Spaces workspaces count with only the DWOC attribute, or with only routingClass che', () => {
    const onlyDwoc = dashboardWorkspace({
      name: 'applied-by-hand',
      id: 'w-only-dwoc',
      routingClass: null,
      scc: 'container-build',
    });
    const onlyRouting = dashboardWorkspace({
      name: 'never-started',
      id: 'w-only-routing',
      dwocNamespace: null,
      scc: null,
      started: false,
    });
    const report = run(
      offSnapshot({
        devWorkspaces: loaded([onlyDwoc, onlyRouting, adminTerminal]),
        workspacePods: loaded([workspacePod({ workspaceId: 'w-only-dwoc', runAsUser: 0 })]),
      }),
    );
    const cheClusterReport = report.cheClusterReports[0];
    expect(cheClusterReport.legacyWorkspaces.map((w) => w.name)).toEqual(['applied-by-hand']);
    expect(cheClusterReport.unrecordedWorkspaces.map((w) => w.name)).toEqual(['never-started']);
    expect(cheClusterReport.rootOnHostPods.map((p) => p.workspaceId)).toEqual(['w-only-dwoc']);
    expect(notDevSpaces(report, 'legacy-workspaces')).toBe(1);
  });

  it("a DWOC attribute naming another namespace's or another config does not make one Dev Spaces'", () => {
    const strays = [
      dashboardWorkspace({ name: 'a', id: 'a', routingClass: null, dwocNamespace: 'team-x' }),
      dashboardWorkspace({ name: 'b', id: 'b', routingClass: 'basic' }),
    ];
    (
      strays[1].spec!.template!.attributes!['controller.devfile.io/devworkspace-config'] as {
        name: string;
      }
    ).name = 'my-config';
    const report = run(offSnapshot({ devWorkspaces: loaded(strays) }));
    expect(outcome(check(report, 'legacy-workspaces'))).toEqual(['pass', 'legacy-none']);
    expect(notDevSpaces(report, 'legacy-workspaces')).toBe(2);
  });

  it('a pod whose DevWorkspace is not listed stays judged: it may be root on the node', () => {
    const report = run(
      offSnapshot({
        devWorkspaces: loaded([adminTerminal]),
        workspacePods: loaded([
          webTerminalPod(adminTerminal),
          workspacePod({ name: 'orphan', workspaceId: 'w-deleted', runAsUser: 0 }),
        ]),
      }),
    );
    expect(report.cheClusterReports[0].rootOnHostPods.map((p) => p.name)).toEqual(['orphan']);
    expect(outcome(check(report, 'root-on-host'))).toEqual(['fail', 'root-found']);
    expect(check(report, 'root-on-host').params).toEqual({ count: 1 });
  });

  it('the DevWorkspace list unreadable: every pod is judged, none hidden', () => {
    const report = run(
      onSnapshot({
        devWorkspaces: { state: 'forbidden', message: 'forbidden' },
        workspacePods: loaded([nestedPod(), webTerminalPod(adminTerminal)]),
      }),
    );
    expect(outcome(check(report, 'workspace-user-namespaces'))).toEqual([
      'warn',
      'userns-some-missing',
    ]);
  });

  it('a DevWorkspace without a readable spec stays Dev Spaces (listed, never hidden)', () => {
    const partial = {
      ...devWorkspace({ name: 'partial' }),
      spec: 'oops',
    } as unknown as DevWorkspace;
    const report = run(offSnapshot({ devWorkspaces: loaded([partial]) }));
    expect(report.cheClusterReports[0].unrecordedWorkspaces.map((w) => w.name)).toEqual([
      'partial',
    ]);
    expect(notDevSpaces(report, 'legacy-workspaces')).toBeUndefined();
  });

  it('several CheClusters: each sees its own and the unattributed Dev Spaces ones, none the others', () => {
    const report = run(
      offSnapshot({
        cheClusters: loaded([
          cheCluster(),
          cheCluster({ name: 'eclipse-che', namespace: 'eclipse-che' }),
        ]),
        devWorkspaceOperatorConfigs: {
          'openshift-devspaces': loaded(dwoc('openshift-devspaces', true)),
          'eclipse-che': loaded(dwoc('eclipse-che', true)),
        },
        devWorkspaces: loaded([
          dashboardWorkspace({ name: 'ds', id: 'w-ds', scc: null }),
          dashboardWorkspace({
            name: 'che',
            id: 'w-che',
            scc: null,
            namespace: 'bob-che',
            dwocNamespace: 'eclipse-che',
          }),
          dashboardWorkspace({ name: 'unclaimed', id: 'w-un', scc: null, dwocNamespace: null }),
          ...others,
        ]),
        workspacePods: loaded([
          workspacePod({ name: 'che-pod', workspaceId: 'w-che', runAsUser: 0 }),
          ...otherPods,
        ]),
      }),
    );
    const names = (i: number) =>
      report.cheClusterReports[i].unrecordedWorkspaces.map((w) => w.name);
    expect(names(0)).toEqual(['ds', 'unclaimed']);
    expect(names(1)).toEqual(['che', 'unclaimed']);
    expect(report.cheClusterReports[0].rootOnHostPods).toEqual([]);
    expect(report.cheClusterReports[1].rootOnHostPods.map((p) => p.name)).toEqual(['che-pod']);
    expect(notDevSpaces(report, 'root-on-host')).toBe(3);
    expect(check(report, 'root-on-host', 1).details).toContainEqual({
      key: 'workspaces.notDevSpaces',
      actual: 3,
    });
  });
});

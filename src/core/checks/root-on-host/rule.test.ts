import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { forbidden, loaded } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import type { Pod } from '../../../models/pod';
import {
  cheCluster,
  devWorkspace,
  nestedPod,
  offSnapshot,
  onSnapshot,
  runScc,
  workspacePod,
} from '../../testing/builders';
import { check, outcome } from '../../testing/query';

const off = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });
const on = (o: Partial<ClusterSnapshot>) => evaluate(onSnapshot(o), { now: 0 });

describe('workspaces with several CheClusters', () => {
  const snapshot = offSnapshot({
    cheClusters: loaded([
      cheCluster(),
      cheCluster({ name: 'eclipse-che', namespace: 'eclipse-che' }),
    ]),
    devWorkspaces: loaded([
      devWorkspace({ name: 'ds', owner: 'openshift-devspaces', id: 'w-ds' }),
      devWorkspace({ name: 'che', owner: 'eclipse-che', id: 'w-che' }),
      devWorkspace({ name: 'orphan', id: 'w-orphan' }),
    ]),
    workspacePods: loaded([
      workspacePod({ name: 'ds-pod', workspaceId: 'w-ds' }),
      workspacePod({ name: 'che-pod', workspaceId: 'w-che', runAsUser: 0 }),
      workspacePod({ name: 'orphan-pod', workspaceId: 'w-orphan' }),
    ]),
  });

  it('each CheCluster sees its own workspaces plus the unattributed ones', () => {
    const report = evaluate(snapshot, { now: 0 });
    expect(report.cheClusterReports[0].unrecordedWorkspaces.map((w) => w.name)).toEqual([
      'ds',
      'orphan',
    ]);
    expect(report.cheClusterReports[1].unrecordedWorkspaces.map((w) => w.name)).toEqual([
      'che',
      'orphan',
    ]);
    expect(report.cheClusterReports[0].rootOnHostPods).toEqual([]);
    expect(report.cheClusterReports[1].rootOnHostPods.map((p) => p.name)).toEqual(['che-pod']);
    expect(outcome(check(report, 'root-on-host', 0))).toEqual(['pass', 'root-none']);
    expect(check(report, 'root-on-host', 0).params.pods).toBe(2);
  });
});

describe('root-on-host', () => {
  const verdictFor = (pod: Pod, o: Partial<ClusterSnapshot> = {}) =>
    evaluate(offSnapshot({ workspacePods: loaded([pod]), ...o }), { now: 0 }).cheClusterReports[0]
      .rootOnHostPods[0]?.reasons ?? [];

  it.each<[string, Pod, string[]]>([
    ['restricted-v2 pod as admitted', workspacePod(), []],
    ['runAsUser 0 in a container', workspacePod({ runAsUser: 0 }), ['runs-as-root']],
    // The 2021 CRI-O lesson: moving UID 0 from container to pod still gives root.
    [
      'runAsUser 0 at pod level, none in the container',
      workspacePod({ runAsUser: undefined, podRunAsUser: 0 }),
      ['runs-as-root'],
    ],
    [
      'pod runAsUser 0 overridden by the container',
      workspacePod({ podRunAsUser: 0, runAsUser: 1000 }),
      [],
    ],
    [
      'no runAsUser, runAsNonRoot unset, anyuid SCC',
      workspacePod({ runAsUser: undefined, runAsNonRoot: undefined, scc: 'anyuid' }),
      ['runs-as-root'],
    ],
    ['no runAsUser, runAsNonRoot true', workspacePod({ runAsUser: undefined, scc: 'anyuid' }), []],
    [
      'no runAsUser, restricted-v2 (MustRunAsRange)',
      workspacePod({ runAsUser: undefined, runAsNonRoot: undefined }),
      [],
    ],
    [
      'allowPrivilegeEscalation unset (API default true)',
      workspacePod({ allowPrivilegeEscalation: undefined }),
      ['allows-privilege-escalation'],
    ],
    [
      'privileged',
      workspacePod({ privileged: true, allowPrivilegeEscalation: true }),
      ['allows-privilege-escalation', 'privileged'],
    ],
    [
      'container-build workspace (escalation, no user namespace)',
      workspacePod({ scc: 'container-build', allowPrivilegeEscalation: true }),
      ['allows-privilege-escalation'],
    ],
    [
      'runAsUser 0 with hostUsers:false (root only inside)',
      workspacePod({ hostUsers: false, runAsUser: 0, allowPrivilegeEscalation: true }),
      [],
    ],
  ])('%s', (_, pod, reasons) => {
    expect(verdictFor(pod)).toEqual(reasons);
  });

  it('reads the SCC strategy when the snapshot has the SCC', () => {
    const pod = workspacePod({
      runAsUser: undefined,
      runAsNonRoot: undefined,
      scc: 'container-run',
    });
    expect(verdictFor(pod, { sccs: { 'container-run': loaded(runScc()) } })).toEqual([]);
    const anyuid = runScc({ runAsUser: { type: 'RunAsAny' } });
    expect(verdictFor(pod, { sccs: { 'container-run': loaded(anyuid) } })).toEqual([
      'runs-as-root',
    ]);
  });

  it('an SCC range that starts at 0 does not force non-root', () => {
    const pod = workspacePod({ runAsUser: undefined, runAsNonRoot: undefined, scc: 'from-zero' });
    const fromZero = runScc({
      name: 'from-zero',
      runAsUser: { type: 'MustRunAsRange', uidRangeMin: 0, uidRangeMax: 65534 },
    });
    expect(verdictFor(pod, { sccs: { 'from-zero': loaded(fromZero) } })).toEqual(['runs-as-root']);
    const fromNamespace = runScc({ name: 'from-zero', runAsUser: { type: 'MustRunAsRange' } });
    expect(verdictFor(pod, { sccs: { 'from-zero': loaded(fromNamespace) } })).toEqual([]);
  });

  it('a default Dev Spaces cluster (container-build pods: non-root, may escalate) warns, and stays ready', () => {
    const build = workspacePod({ scc: 'container-build', allowPrivilegeEscalation: true });
    for (const report of [
      off({ workspacePods: loaded([build]) }),
      on({ workspacePods: loaded([build]) }),
    ]) {
      const r = check(report, 'root-on-host');
      expect(outcome(r)).toEqual(['warn', 'escalation-possible']);
      expect(r.params.count).toBe(1);
      expect(report.cheClusterReports[0].rootOnHostPods[0].scc).toBe('container-build');
    }
    const offReport = off({ workspacePods: loaded([build]) });
    expect(offReport.cheClusterReports[0].verdict).not.toBe('not-ready');
    expect(offReport.cheClusterReports[0].enable.allowed).toBe(true);
  });

  it('checks init containers too', () => {
    const pod = workspacePod();
    pod.spec!.initContainers = [
      { name: 'project-clone', securityContext: { runAsUser: 0, allowPrivilegeEscalation: false } },
    ];
    expect(verdictFor(pod)).toEqual(['runs-as-root']);
  });

  it('fails whatever the toggle, listing the pods, without deciding readiness or blocking enabling', () => {
    const bad = workspacePod({ name: 'root-pod', runAsUser: 0, workspaceId: 'w1' });
    for (const report of [
      off({ workspacePods: loaded([bad, workspacePod()]) }),
      on({ workspacePods: loaded([bad, nestedPod()]) }),
    ]) {
      const r = check(report, 'root-on-host');
      expect(outcome(r)).toEqual(['fail', 'root-found']);
      expect(r.params.count).toBe(1);
      expect(report.cheClusterReports[0].rootOnHostPods).toEqual([
        {
          namespace: 'alice-devspaces',
          name: 'root-pod',
          workspaceId: 'w1',
          scc: 'restricted-v2',
          reasons: ['runs-as-root'],
        },
      ]);
      // An audit finding: true whatever the switch says, so it does not make the cluster "not ready".
      expect(report.cheClusterReports[0].verdict).not.toBe('not-ready');
    }
    expect(off({ workspacePods: loaded([bad]) }).cheClusterReports[0].enable.allowed).toBe(true);
  });

  it('is unknown when pods cannot be listed', () => {
    expect(outcome(check(off({ workspacePods: forbidden() }), 'root-on-host'))).toEqual([
      'unknown',
      'forbidden',
    ]);
  });
});

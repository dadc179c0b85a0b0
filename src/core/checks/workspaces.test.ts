import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { forbidden, loaded, NOT_FOUND } from '../snapshot';
import type { ClusterSnapshot } from '../snapshot';
import type { Pod } from '../../models/pod';
import {
  cheCluster,
  devSpacesPod,
  devWorkspace,
  nestedPod,
  offSnapshot,
  onSnapshot,
  runScc,
  workspacePod,
} from '../testing/builders';
import { check, outcome } from '../testing/query';
import { remedyText } from '../remedyYaml';

const off = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });
const on = (o: Partial<ClusterSnapshot>) => evaluate(onSnapshot(o), { now: 0 });

describe('legacy-workspaces', () => {
  const workspaces = loaded([
    devWorkspace({ name: 'old-running', creator: 'uid-alice', started: true }),
    devWorkspace({
      name: 'old-build',
      scc: 'container-build',
      started: false,
      namespace: 'bob-devspaces',
      creator: 'uid-bob',
    }),
    devWorkspace({ name: 'new', scc: 'container-run' }),
  ]);

  it('off: a workspace recorded with another SCC will not start after enabling (warn, does not block)', () => {
    const report = off({ devWorkspaces: workspaces });
    const r = check(report, 'legacy-workspaces');
    expect(outcome(r)).toEqual(['warn', 'legacy-will-break']);
    expect(r.params).toEqual({ count: 1, scc: 'container-run', unrecorded: 1 });
    expect(report.instances[0].legacyWorkspaces).toEqual([
      {
        namespace: 'bob-devspaces',
        name: 'old-build',
        creator: 'uid-bob',
        scc: 'container-build',
        started: false,
      },
    ]);
    // No attribute: the dashboard records the run SCC when it starts it, so it is listed apart.
    expect(report.instances[0].unrecordedWorkspaces).toEqual([
      { namespace: 'alice-devspaces', name: 'old-running', creator: 'uid-alice', started: true },
    ]);
    expect(report.instances[0].enable.allowed).toBe(true);
    expect(report.instances[0].enable.warnings).toContainEqual({
      check: 'legacy-workspaces',
      reason: 'legacy-will-break',
    });
    expect(remedyText(r.remedies[0])).toMatch(/^oc get devworkspaces -A /);
    expect(r.remedies.slice(1).map(remedyText)).toEqual([
      'oc delete devworkspace old-build -n bob-devspaces',
    ]);
  });

  it('on: the workspace recorded with another SCC cannot start', () => {
    const r = check(on({ devWorkspaces: workspaces }), 'legacy-workspaces');
    expect(outcome(r)).toEqual(['warn', 'legacy-cannot-start']);
    expect(r.params.count).toBe(1);
  });

  it('only workspaces without a recorded SCC: a note with the patch that records it, not a warning', () => {
    for (const report of [
      off({ devWorkspaces: loaded([devWorkspace({ name: 'a' }), devWorkspace({ name: 'b' })]) }),
      on({ devWorkspaces: loaded([devWorkspace({ name: 'a' }), devWorkspace({ name: 'b' })]) }),
    ]) {
      const r = check(report, 'legacy-workspaces');
      expect(outcome(r)).toEqual(['pass', 'legacy-unrecorded']);
      expect(r.params).toEqual({ count: 2, scc: 'container-run' });
      expect(remedyText(r.remedies[1])).toBe(
        `oc patch devworkspace a -n alice-devspaces --type=merge -p '{"spec":{"template":{"attributes":{"controller.devfile.io/scc":"container-run"}}}}'`,
      );
      expect(report.instances[0].legacyWorkspaces).toEqual([]);
      expect(report.instances[0].enable.warnings.map((w) => w.check)).not.toContain(
        'legacy-workspaces',
      );
    }
  });

  it('an empty attribute counts as none recorded', () => {
    const dw = devWorkspace({ name: 'empty' });
    dw.spec!.template!.attributes = { 'controller.devfile.io/scc': '' };
    const r = check(off({ devWorkspaces: loaded([dw]) }), 'legacy-workspaces');
    expect(outcome(r)).toEqual(['pass', 'legacy-unrecorded']);
  });

  it('compares with the configured run SCC', () => {
    const report = off({
      cheClusters: loaded([cheCluster({ runScc: 'podman' })]),
      devWorkspaces: loaded([devWorkspace({ scc: 'podman' })]),
    });
    expect(outcome(check(report, 'legacy-workspaces'))).toEqual(['pass', 'legacy-none']);
  });

  it('passes without workspaces or without the DevWorkspace API; unknown when unreadable', () => {
    expect(outcome(check(off({ devWorkspaces: loaded([]) }), 'legacy-workspaces'))).toEqual([
      'pass',
      'legacy-none',
    ]);
    expect(outcome(check(off({ devWorkspaces: NOT_FOUND }), 'legacy-workspaces'))).toEqual([
      'pass',
      'legacy-none',
    ]);
    expect(outcome(check(off({ devWorkspaces: forbidden() }), 'legacy-workspaces'))).toEqual([
      'unknown',
      'forbidden',
    ]);
  });
});

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
    expect(report.instances[0].unrecordedWorkspaces.map((w) => w.name)).toEqual(['ds', 'orphan']);
    expect(report.instances[1].unrecordedWorkspaces.map((w) => w.name)).toEqual(['che', 'orphan']);
    expect(report.instances[0].rootOnHostPods).toEqual([]);
    expect(report.instances[1].rootOnHostPods.map((p) => p.name)).toEqual(['che-pod']);
    expect(outcome(check(report, 'root-on-host', 0))).toEqual(['pass', 'root-none']);
    expect(check(report, 'root-on-host', 0).params.pods).toBe(2);
  });
});

describe('workspace-user-namespaces', () => {
  it('is n/a when off', () => {
    expect(outcome(check(off({}), 'workspace-user-namespaces'))).toEqual(['na', 'feature-off']);
  });

  it('counts running pods with and without hostUsers:false', () => {
    expect(outcome(check(on({}), 'workspace-user-namespaces'))).toEqual(['pass', 'userns-all']);
    const mixed = on({
      workspacePods: loaded([
        nestedPod({ name: 'a' }),
        nestedPod({ name: 'b' }),
        workspacePod({ name: 'started-before' }),
        workspacePod({ name: 'done', phase: 'Succeeded' }),
      ]),
    });
    const r = check(mixed, 'workspace-user-namespaces');
    expect(outcome(r)).toEqual(['warn', 'userns-some-missing']);
    expect(r.params).toEqual({ with: 2, without: 1 });
    expect(outcome(check(on({ workspacePods: loaded([]) }), 'workspace-user-namespaces'))).toEqual([
      'pass',
      'userns-no-pods',
    ]);
  });

  it('pods built the way DWO builds them (tool, che-gateway, init containers) all pass', () => {
    const r = check(
      on({ workspacePods: loaded([devSpacesPod({ id: 'a' }), devSpacesPod({ id: 'b' })]) }),
      'workspace-user-namespaces',
    );
    expect(outcome(r)).toEqual(['pass', 'userns-all']);
    expect(r.params).toEqual({ with: 2 });
  });

  it('a pod whose containers cannot be read is unknown for that pod, not counted either way', () => {
    const empty = devSpacesPod({ id: 'empty' });
    delete empty.spec!.containers;
    const ref = `${empty.metadata!.namespace}/${empty.metadata!.name}`;
    const r = check(
      on({ workspacePods: loaded([devSpacesPod(), empty]) }),
      'workspace-user-namespaces',
    );
    expect(outcome(r)).toEqual(['unknown', 'userns-unreadable']);
    expect(r.params).toEqual({ count: 1, pods: [ref] });
    expect(r.details).toContainEqual({ key: 'pods.unreadable', actual: 1, expected: 0, ok: false });
    // A pod without a user namespace beside it is still the warning it was.
    const mixed = check(
      on({ workspacePods: loaded([workspacePod({ name: 'old' }), empty]) }),
      'workspace-user-namespaces',
    );
    expect(outcome(mixed)).toEqual(['warn', 'userns-some-missing']);
    expect(mixed.params).toEqual({ with: 0, without: 1 });
  });
});

describe('root-on-host', () => {
  const verdictFor = (pod: Pod, o: Partial<ClusterSnapshot> = {}) =>
    evaluate(offSnapshot({ workspacePods: loaded([pod]), ...o }), { now: 0 }).instances[0]
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
      expect(report.instances[0].rootOnHostPods[0].scc).toBe('container-build');
    }
    const offReport = off({ workspacePods: loaded([build]) });
    expect(offReport.instances[0].verdict).not.toBe('not-ready');
    expect(offReport.instances[0].enable.allowed).toBe(true);
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
      expect(report.instances[0].rootOnHostPods).toEqual([
        {
          namespace: 'alice-devspaces',
          name: 'root-pod',
          workspaceId: 'w1',
          scc: 'restricted-v2',
          reasons: ['runs-as-root'],
        },
      ]);
      // An audit finding: true whatever the switch says, so it does not make the cluster "not ready".
      expect(report.instances[0].verdict).not.toBe('not-ready');
    }
    expect(off({ workspacePods: loaded([bad]) }).instances[0].enable.allowed).toBe(true);
  });

  it('is unknown when pods cannot be listed', () => {
    expect(outcome(check(off({ workspacePods: forbidden() }), 'root-on-host'))).toEqual([
      'unknown',
      'forbidden',
    ]);
  });
});

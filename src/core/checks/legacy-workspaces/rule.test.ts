import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { forbidden, loaded, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import { cheCluster, devWorkspace, offSnapshot, onSnapshot } from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { remedyText } from '../../remedyYaml';

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
    expect(report.cheClusterReports[0].legacyWorkspaces).toEqual([
      {
        namespace: 'bob-devspaces',
        name: 'old-build',
        creator: 'uid-bob',
        scc: 'container-build',
        started: false,
      },
    ]);
    // No attribute: the dashboard records the run SCC when it starts it, so it is listed apart.
    expect(report.cheClusterReports[0].unrecordedWorkspaces).toEqual([
      { namespace: 'alice-devspaces', name: 'old-running', creator: 'uid-alice', started: true },
    ]);
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
    expect(report.cheClusterReports[0].enable.warnings).toContainEqual({
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
      expect(report.cheClusterReports[0].legacyWorkspaces).toEqual([]);
      expect(report.cheClusterReports[0].enable.warnings.map((w) => w.check)).not.toContain(
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

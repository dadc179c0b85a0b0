import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { reconcileProgress, STALL_AFTER_MS } from './reconcileSteps';
import { loaded, NOT_FOUND } from './snapshot';
import type { ClusterSnapshot, RecentToggle } from './snapshot';
import {
  cheCluster,
  dwoBinding,
  dwoClusterRole,
  dwoc,
  offSnapshot,
  onSnapshot,
  runScc,
  userClusterRole,
  userRoleBinding,
} from './testing/builders';

const NS = 'openshift-devspaces';
const T0 = 10_000_000;
const toggle = (enabled: boolean, at = T0): RecentToggle => ({
  namespace: NS,
  name: 'devspaces',
  enabled,
  at,
});
const progressAt = (s: ClusterSnapshot, now: number) =>
  reconcileProgress(evaluate(s, { now }).cheClusterReports[0], s.recentToggles, now);
const statuses = (p: ReturnType<typeof progressAt>) => p?.steps.map((s) => `${s.id}:${s.status}`);

/** The operator's progress after turning on: each stage adds what che-operator creates. */
const enablingStage = (stage: number): ClusterSnapshot =>
  offSnapshot({
    cheClusters: loaded([
      cheCluster({ enabled: true, phase: stage >= 4 ? 'Active' : 'RollingUpdate' }),
    ]),
    sccs: { 'container-run': stage >= 1 ? loaded(runScc()) : NOT_FOUND },
    clusterRoles: {
      'devspaces-user-container-run': stage >= 2 ? loaded(userClusterRole()) : NOT_FOUND,
      'dev-workspace-container-run': stage >= 2 ? loaded(dwoClusterRole()) : NOT_FOUND,
    },
    clusterRoleBindings: {
      'dev-workspace-container-run': stage >= 2 ? loaded(dwoBinding()) : NOT_FOUND,
    },
    userRoleBindings: {
      'devspaces-user-container-run': loaded(stage >= 2 ? [userRoleBinding()] : []),
    },
    devWorkspaceOperatorConfigs: { [NS]: loaded(dwoc(NS, stage < 3)) },
    recentToggles: [toggle(true)],
  });

describe('reconcile steps after turning on', () => {
  it('ticks each step as the watches report it', () => {
    expect(statuses(progressAt(enablingStage(0), T0 + 1000))).toEqual([
      'patch-accepted:done',
      'scc-created:current',
      'rbac:pending',
      'workspace-config:pending',
    ]);
    expect(progressAt(enablingStage(1), T0 + 1000)?.current).toBe('rbac');
    expect(progressAt(enablingStage(2), T0 + 1000)?.current).toBe('workspace-config');
    // Every object in place: on, whatever the phase (the rollout is devspaces-phase's warning).
    expect(progressAt(enablingStage(3), T0 + 1000)).toBeNull();
    expect(progressAt(enablingStage(4), T0 + 1000)).toBeNull();
  });

  it('says how long it has been, and stalls past the usual time', () => {
    const early = progressAt(enablingStage(1), T0 + 20_000);
    expect(early).toMatchObject({ since: T0, elapsedMs: 20_000, stalled: false });
    const late = progressAt(enablingStage(1), T0 + STALL_AFTER_MS + 1);
    expect(late).toMatchObject({ current: 'rbac', stalled: true });
  });

  it('without a toggle of this session and Active, nothing is in progress: no steps', () => {
    // The core reports the missing SCC as a failure and the state as on (issue #9).
    const s = {
      ...enablingStage(0),
      cheClusters: loaded([cheCluster({ enabled: true })]),
      recentToggles: [],
    };
    expect(progressAt(s, T0)).toBeNull();
  });

  it('without a toggle of this session, a rollout is progress, not a stall', () => {
    const s = {
      ...enablingStage(0),
      cheClusters: loaded([cheCluster({ enabled: true, phase: 'RollingUpdate' })]),
      recentToggles: [],
    };
    expect(progressAt(s, T0)).toMatchObject({
      since: null,
      current: 'scc-created',
      stalled: false,
    });
  });

  it('ignores a toggle of another CheCluster or to the other state', () => {
    const s = {
      ...enablingStage(0),
      recentToggles: [toggle(false), { ...toggle(true), name: 'other' }],
    };
    expect(progressAt(s, T0 + 1000)?.since).toBeNull();
  });
});

describe('reconcile steps after turning off', () => {
  it('waits for the workspace configuration to be reset, then for Active', () => {
    const s = onSnapshot({
      cheClusters: loaded([cheCluster({ enabled: false, phase: 'RollingUpdate' })]),
      recentToggles: [toggle(false)],
    });
    expect(statuses(progressAt(s, T0 + 1000))).toEqual([
      'patch-accepted:done',
      'workspace-config-reset:current',
      'devspaces-active:pending',
    ]);
    const reset = {
      ...s,
      devWorkspaceOperatorConfigs: { [NS]: loaded(dwoc(NS, true)) },
    };
    expect(progressAt(reset, T0 + 1000)?.current).toBe('devspaces-active');
  });

  it('is null when the feature state is final', () => {
    expect(progressAt(offSnapshot(), T0)).toBeNull();
    expect(progressAt(onSnapshot(), T0)).toBeNull();
  });
});

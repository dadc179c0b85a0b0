import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { loaded, NOT_FOUND } from '../snapshot';
import type { ClusterSnapshot, RecentToggle } from '../snapshot';
import { cheCluster, dwoc, offSnapshot, onSnapshot } from '../testing/builders';
import { check, outcome } from '../testing/query';

const NS = 'openshift-devspaces';
const toggle = (enabled: boolean, at: number): RecentToggle => ({
  namespace: NS,
  name: 'devspaces',
  enabled,
  at,
});
const on = (o: Partial<ClusterSnapshot>, now = 0) => evaluate(onSnapshot(o), { now });
const config = (edit: (d: ReturnType<typeof dwoc>) => void) => {
  const d = dwoc();
  edit(d);
  return { devWorkspaceOperatorConfigs: { [NS]: loaded(d) } };
};

describe('workspace-config when on', () => {
  it('passes on the DWOC the operator writes', () => {
    const r = check(on({}), 'workspace-config');
    expect(outcome(r)).toEqual(['pass', 'dwoc-ok']);
    expect(r.object).toMatchObject({
      kind: 'DevWorkspaceOperatorConfig',
      name: 'devworkspace-config',
      namespace: NS,
    });
  });

  it.each([
    [
      'hostUsers absent',
      config((d) => delete d.config!.workspace!.hostUsers),
      ['config.workspace.hostUsers'],
    ],
    [
      'hostUsers true',
      config((d) => (d.config!.workspace!.hostUsers = true)),
      ['config.workspace.hostUsers'],
    ],
    [
      'procMount Default',
      config((d) => (d.config!.workspace!.containerSecurityContext!.procMount = 'Default')),
      ['config.workspace.containerSecurityContext.procMount'],
    ],
    [
      'no /dev/net/tun',
      config(
        (d) =>
          (d.config!.workspace!.podAnnotations = { 'io.kubernetes.cri-o.Devices': '/dev/fuse' }),
      ),
      ['config.workspace.podAnnotations["io.kubernetes.cri-o.Devices"]'],
    ],
  ])('fails with %s, naming the field', (_, o, fields) => {
    const r = check(on(o), 'workspace-config');
    expect(outcome(r)).toEqual(['fail', 'dwoc-differs']);
    expect(r.params).toEqual({ namespace: NS, fields });
    expect(r.field).toBe(fields[0]);
  });

  it('accepts the devices in any order and with access modes', () => {
    const o = config(
      (d) =>
        (d.config!.workspace!.podAnnotations = {
          'io.kubernetes.cri-o.Devices': '/dev/net/tun:rwm, /dev/fuse',
        }),
    );
    expect(outcome(check(on(o), 'workspace-config'))).toEqual(['pass', 'dwoc-ok']);
  });

  it('a missing DWOC fails', () => {
    const r = check(on({ devWorkspaceOperatorConfigs: { [NS]: NOT_FOUND } }), 'workspace-config');
    expect(outcome(r)).toEqual(['fail', 'dwoc-missing']);
  });

  it('right after enabling, a stale DWOC is reconciling until the window closes', () => {
    const stale = {
      ...config((d) => delete d.config!.workspace!.hostUsers),
      recentToggles: [toggle(true, 10_000)],
    };
    expect(outcome(check(on(stale, 10_000 + 4 * 60_000), 'workspace-config'))).toEqual([
      'unknown',
      'reconciling',
    ]);
    expect(outcome(check(on(stale, 10_000 + 6 * 60_000), 'workspace-config'))).toEqual([
      'fail',
      'dwoc-differs',
    ]);
    const window = evaluate(onSnapshot(stale), {
      now: 10_000 + 6 * 60_000,
      reconcileWindowMs: 10 * 60_000,
    });
    expect(outcome(check(window, 'workspace-config'))).toEqual(['unknown', 'reconciling']);
  });

  it('a toggle to the other state does not count', () => {
    const stale = {
      ...config((d) => delete d.config!.workspace!.hostUsers),
      recentToggles: [toggle(false, 0)],
    };
    expect(outcome(check(on(stale, 1000), 'workspace-config'))).toEqual(['fail', 'dwoc-differs']);
  });

  it('a rolling update counts as reconciling', () => {
    const o = {
      ...config((d) => delete d.config!.workspace!.hostUsers),
      cheClusters: loaded([cheCluster({ enabled: true, phase: 'RollingUpdate' })]),
    };
    const r = check(on(o), 'workspace-config');
    expect(outcome(r)).toEqual(['unknown', 'reconciling']);
    expect(r.params.since).toBeNull();
  });
});

describe('workspace-config when off', () => {
  const off = (o: Partial<ClusterSnapshot>, now = 0) => evaluate(offSnapshot(o), { now });

  it('is n/a once the operator removed hostUsers', () => {
    expect(outcome(check(off({}), 'workspace-config'))).toEqual(['na', 'feature-off']);
  });

  it('a DWOC still giving hostUsers:false is reconciling right after disabling, then a warning', () => {
    const o = {
      devWorkspaceOperatorConfigs: { [NS]: loaded(dwoc()) },
      recentToggles: [toggle(false, 0)],
    };
    expect(outcome(check(off(o, 60_000), 'workspace-config'))).toEqual(['unknown', 'reconciling']);
    const late = check(off(o, 3_600_000), 'workspace-config');
    expect(outcome(late)).toEqual(['warn', 'dwoc-differs']);
    expect(late.params.fields).toEqual(['config.workspace.hostUsers']);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { ALL_CHECKS, PLATFORM_CHECKS } from './checks/registry';
import { STATUS_RANK } from './resultBuilders';
import { forbidden, loaded } from './snapshot';
import type { ClusterSnapshot } from './snapshot';
import { cheClustersInOrder, orderGroup, summarize } from './summary';
import {
  cheCluster,
  clusterVersion,
  crdWithoutSwitch,
  offSnapshot,
  onSnapshot,
  runcConfig,
  workspacePod,
} from './testing/builders';

const NOW = 1_000_000;
const summaryOf = (s: ClusterSnapshot) => {
  const i = evaluate(s, { now: NOW }).cheClusterReports[0];
  return { cheClusterReport: i, summary: summarize(i, s.recentToggles, NOW) };
};
const ids = (s: ReturnType<typeof summaryOf>) => s.summary.items.map((i) => i.check.id);

describe('summary headline', () => {
  it('off, clean but for the legacy workspace: ready to turn on, one finding to read', () => {
    const s = summaryOf(offSnapshot());
    expect(s.summary.headline).toEqual({ kind: 'ready-to-enable', problems: 1 });
    expect(ids(s)).toEqual(['legacy-workspaces']);
  });

  it('blocked by an old OpenShift: names the cluster-version result with its version', () => {
    const s = summaryOf(offSnapshot({ clusterVersion: loaded(clusterVersion('4.19.3')) }));
    const h = s.summary.headline;
    expect(h.kind).toBe('blocked');
    if (h.kind !== 'blocked') return;
    expect(h.check.id).toBe('cluster-version');
    expect(h.check.params).toMatchObject({ current: '4.19.3', minimum: '4.20' });
    // The blocker leads, ahead of the warning about the legacy workspace.
    expect(ids(s)[0]).toBe('cluster-version');
    expect(s.summary.items[0].blocking).toBe(true);
    expect(s.summary.items.find((i) => i.check.id === 'legacy-workspaces')?.blocking).toBe(false);
  });

  it('blocked by an operator without the field', () => {
    const s = summaryOf(offSnapshot({ cheClusterCrd: loaded(crdWithoutSwitch()) }));
    expect(s.summary.headline).toMatchObject({
      kind: 'blocked',
      check: { id: 'operator-support' },
    });
  });

  it('cannot tell while a gating check could not run', () => {
    const s = summaryOf(offSnapshot({ clusterVersion: forbidden('no') }));
    expect(s.summary.headline).toMatchObject({
      kind: 'cannot-tell',
      check: { id: 'cluster-version', status: 'unknown' },
    });
  });

  it('cannot change a CheCluster without resourceVersion', () => {
    const s = summaryOf(
      offSnapshot({ cheClusters: loaded([cheCluster({ resourceVersion: null })]) }),
    );
    expect(s.summary.headline).toEqual({ kind: 'cannot-change' });
  });

  it('on and reconciled with two problems', () => {
    const s = summaryOf(
      onSnapshot({
        containerRuntimeConfigs: loaded([runcConfig('force-runc')]),
        workspacePods: loaded([workspacePod({ name: 'rooty', runAsUser: 0, runAsNonRoot: false })]),
      }),
    );
    expect(s.summary.headline).toEqual({ kind: 'enabled', problems: s.summary.items.length });
    // The failure comes before the warning; nothing blocks an enabled feature.
    expect(ids(s)).toEqual(expect.arrayContaining(['root-on-host', 'container-runtime']));
    expect(ids(s).indexOf('root-on-host')).toBeLessThan(ids(s).indexOf('container-runtime'));
    expect(s.summary.items.every((i) => !i.blocking)).toBe(true);
  });

  it('turning on right after a toggle: waiting for the SCC, items exclude reconciling checks', () => {
    const s = summaryOf(
      offSnapshot({
        cheClusters: loaded([cheCluster({ enabled: true })]),
        recentToggles: [
          { namespace: 'openshift-devspaces', name: 'devspaces', enabled: true, at: NOW - 1000 },
        ],
      }),
    );
    expect(s.summary.headline).toEqual({ kind: 'enabling', step: 'scc-created', stalled: false });
    expect(s.summary.items.some((i) => i.check.reason === 'reconciling')).toBe(false);
  });
});

describe('summary items', () => {
  const cases: [string, ClusterSnapshot][] = [
    ['off', offSnapshot()],
    ['on', onSnapshot()],
    ['old', offSnapshot({ clusterVersion: loaded(clusterVersion('4.18.1')) })],
    ['runc', offSnapshot({ containerRuntimeConfigs: loaded([runcConfig('r')]) })],
    [
      'unreadable',
      offSnapshot({ clusterVersion: forbidden('no'), devWorkspaces: forbidden('no') }),
    ],
  ];
  it.each(cases)(
    '%s: exactly the failing, warning and could-not-run checks, worst first',
    (_n, snap) => {
      const s = summaryOf(snap);
      const expected = s.cheClusterReport.checks
        .filter((c) => ['fail', 'warn', 'unknown'].includes(c.status) && c.reason !== 'reconciling')
        .map((c) => c.id);
      expect([...ids(s)].sort()).toEqual([...expected].sort());
      const nonBlocking = s.summary.items.filter((i) => !i.blocking);
      for (let k = 1; k < nonBlocking.length; k++)
        expect(STATUS_RANK[nonBlocking[k - 1].check.status]).toBeGreaterThanOrEqual(
          STATUS_RANK[nonBlocking[k].check.status],
        );
    },
  );
});

describe('orderGroup', () => {
  it('puts problems first and folds passed and not applicable in the core order', () => {
    const i = evaluate(offSnapshot({ containerRuntimeConfigs: loaded([runcConfig('r')]) }), {
      now: NOW,
    }).cheClusterReports[0];
    const g = orderGroup(i.checks, PLATFORM_CHECKS);
    expect(g.open.map((c) => c.id)).toEqual(['container-runtime']);
    expect(g.folded.map((c) => c.id)).toEqual(
      PLATFORM_CHECKS.filter((id) => id !== 'container-runtime'),
    );
    const all = orderGroup(i.checks, ALL_CHECKS);
    expect(all.open.length + all.folded.length).toBe(ALL_CHECKS.length);
  });
});

describe('cheClustersInOrder', () => {
  it('sorts by namespace, then name, whatever order the watch delivered', () => {
    const report = evaluate(
      offSnapshot({
        cheClusters: loaded([
          cheCluster({ name: 'b', namespace: 'z' }),
          cheCluster({ name: 'b', namespace: 'a' }),
          cheCluster({ name: 'a', namespace: 'z' }),
        ]),
      }),
      { now: NOW },
    );
    expect(
      cheClustersInOrder(report.cheClusterReports).map(
        (i) => `${i.cheCluster.namespace}/${i.cheCluster.name}`,
      ),
    ).toEqual(['a/b', 'z/a', 'z/b']);
  });
});

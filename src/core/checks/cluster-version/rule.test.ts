import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { failed, forbidden, loaded, LOADING } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import { clusterVersion, featureGate, offSnapshot } from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { remedyText } from '../../remedyYaml';

const run = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });

describe('cluster-version', () => {
  it.each([
    ['4.20.3', '4.20.3', 'pass', 'version-supported'],
    ['4.20.0-rc.3', '4.20.0-rc.3', 'pass', 'version-supported'],
    ['4.20.0-ec.4', '4.20.0-ec.4', 'pass', 'version-supported'],
    [
      '4.22.0-0.nightly-2026-05-01-123456',
      '4.22.0-0.nightly-2026-05-01-123456',
      'pass',
      'version-supported',
    ],
    ['4.20.0-okd-scos.1', '4.20.0-okd-scos.1', 'pass', 'version-supported'],
    ['4.19.17', '4.19.17', 'fail', 'version-too-old'],
    ['4.19.0-0.okd-2025-03-07-191843', '4.19.0-0.okd-2025-03-07-191843', 'fail', 'version-too-old'],
    // Upgrading to 4.20 does not make 4.19 supported: the current version counts.
    ['4.19.17', '4.20.2', 'fail', 'version-too-old'],
    ['4.20.2', '4.21.0', 'pass', 'upgrade-in-progress'],
  ])('current %s, desired %s -> %s %s', (current, desired, status, reason) => {
    const report = run({
      clusterVersion: loaded(clusterVersion(current, desired)),
      featureGate: loaded(featureGate({ version: current })),
    });
    const r = check(report, 'cluster-version');
    expect(outcome(r)).toEqual([status, reason]);
    expect(r.params.current).toBe(current);
    expect(r.details.find((d) => d.key === 'version.desired')?.actual).toBe(desired);
  });

  it('names both versions during an upgrade, and does not block enabling', () => {
    const report = run({ clusterVersion: loaded(clusterVersion('4.20.3', '4.21.1')) });
    expect(check(report, 'cluster-version').params).toEqual({
      current: '4.20.3',
      desired: '4.21.1',
    });
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
    // A healthy cluster mid-upgrade: nothing for the confirmation to warn about.
    expect(report.cheClusterReports[0].enable.warnings).not.toContainEqual({
      check: 'cluster-version',
      reason: 'upgrade-in-progress',
    });
  });

  it('offers the upgrade command when too old, and blocks enabling', () => {
    const report = run({ clusterVersion: loaded(clusterVersion('4.19.17')) });
    expect(check(report, 'cluster-version').remedies.map(remedyText)).toContain('oc adm upgrade');
    expect(report.cheClusterReports[0].enable.blockers).toContainEqual({
      check: 'cluster-version',
      reason: 'version-too-old',
    });
  });

  it('unreadable version data (403): cannot tell, enabling only past a confirmation', () => {
    const report = run({ clusterVersion: forbidden('clusterversions is forbidden') });
    const r = check(report, 'cluster-version');
    expect(outcome(r)).toEqual(['unknown', 'forbidden']);
    expect(r.params).toEqual({
      resource: 'clusterversions',
      verb: 'list',
      group: 'config.openshift.io',
    });
    expect(report.cheClusterReports[0].verdict).toBe('unknown');
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
    expect(report.cheClusterReports[0].enable.unverified).toContainEqual({
      check: 'cluster-version',
      reason: 'forbidden',
    });
  });

  it.each([
    [LOADING, 'loading'],
    [failed('boom', 500), 'read-error'],
  ])('version data not there yet (%j) blocks enabling with that state', (state, reason) => {
    const report = run({ clusterVersion: state });
    expect(outcome(check(report, 'cluster-version'))).toEqual(['unknown', reason]);
    expect(report.cheClusterReports[0].enable).toMatchObject({ allowed: false });
    expect(report.cheClusterReports[0].enable.blockers).toContainEqual({
      check: 'cluster-version',
      reason,
    });
  });

  it('is unknown when no entry has completed, or the version cannot be parsed', () => {
    const installing = loaded({
      status: {
        desired: { version: '4.20.1' },
        history: [{ state: 'Partial', version: '4.20.1' }],
      },
    });
    expect(outcome(check(run({ clusterVersion: installing }), 'cluster-version'))).toEqual([
      'unknown',
      'version-not-completed',
    ]);
    const odd = loaded({ status: { history: [{ state: 'Completed', version: 'stable' }] } });
    const r = check(run({ clusterVersion: odd }), 'cluster-version');
    expect(outcome(r)).toEqual(['unknown', 'version-unparseable']);
    expect(r.params.raw).toBe('stable');
  });
});

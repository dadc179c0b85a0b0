import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { failed, forbidden, loaded, LOADING, NOT_FOUND } from '../snapshot';
import type { ClusterSnapshot } from '../snapshot';
import { clusterVersion, featureGate, offSnapshot } from '../testing/builders';
import { check, clusterCheck, outcome } from '../testing/query';
import { ALL_CHECKS } from './registry';
import { remedyText } from '../remedyYaml';

const run = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });

describe('openshift-apis', () => {
  it('passes when config and security groups are served', () => {
    expect(outcome(check(run({}), 'openshift-apis'))).toEqual(['pass', 'openshift-apis-served']);
  });

  it('turns every other check to na/not-openshift and makes the feature unavailable', () => {
    const report = run({ openshiftApis: loaded({ config: true, security: false }) });
    const apis = clusterCheck(report, 'openshift-apis');
    expect(outcome(apis)).toEqual(['fail', 'openshift-apis-missing']);
    expect(apis.params.missing).toEqual(['security.openshift.io']);
    for (const r of [...report.checks, ...report.instances[0].checks]) {
      if (r.id !== 'openshift-apis') expect(outcome(r)).toEqual(['na', 'not-openshift']);
    }
    expect(report.verdict).toBe('unavailable');
    expect(report.instances[0].enable.allowed).toBe(false);
  });

  it('treats an absent discovery answer as no OpenShift', () => {
    const report = run({ openshiftApis: NOT_FOUND });
    expect(clusterCheck(report, 'openshift-apis').params.missing).toEqual([
      'config.openshift.io',
      'security.openshift.io',
    ]);
  });

  it('treats a missing ClusterVersion as no config.openshift.io, whatever the model list says', () => {
    const report = run({ clusterVersion: NOT_FOUND });
    expect(outcome(clusterCheck(report, 'openshift-apis'))).toEqual([
      'fail',
      'openshift-apis-missing',
    ]);
    expect(clusterCheck(report, 'openshift-apis').params.missing).toEqual(['config.openshift.io']);
    expect(report.verdict).toBe('unavailable');
  });

  it('is unknown while discovery loads', () => {
    expect(outcome(clusterCheck(run({ openshiftApis: LOADING }), 'openshift-apis'))).toEqual([
      'unknown',
      'loading',
    ]);
  });
});

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
    expect(report.instances[0].enable.allowed).toBe(true);
    // A healthy cluster mid-upgrade: nothing for the confirmation to warn about.
    expect(report.instances[0].enable.warnings).not.toContainEqual({
      check: 'cluster-version',
      reason: 'upgrade-in-progress',
    });
  });

  it('offers the upgrade command when too old, and blocks enabling', () => {
    const report = run({ clusterVersion: loaded(clusterVersion('4.19.17')) });
    expect(check(report, 'cluster-version').remedies.map(remedyText)).toContain('oc adm upgrade');
    expect(report.instances[0].enable.blockers).toContainEqual({
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
    expect(report.instances[0].verdict).toBe('unknown');
    expect(report.instances[0].enable.allowed).toBe(true);
    expect(report.instances[0].enable.unverified).toContainEqual({
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
    expect(report.instances[0].enable).toMatchObject({ allowed: false });
    expect(report.instances[0].enable.blockers).toContainEqual({
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

describe('feature-set', () => {
  it.each([[undefined], [''], ['Default'], ['OKD']])('%j is the default for the cluster', (set) => {
    const r = check(run({ featureGate: loaded(featureGate({ featureSet: set })) }), 'feature-set');
    expect(outcome(r)).toEqual(['pass', 'feature-set-default']);
  });

  it.each([['TechPreviewNoUpgrade'], ['DevPreviewNoUpgrade'], ['CustomNoUpgrade']])(
    '%s warns but does not block',
    (featureSet) => {
      const report = run({ featureGate: loaded(featureGate({ featureSet })) });
      const r = check(report, 'feature-set');
      expect(outcome(r)).toEqual(['warn', 'feature-set-non-default']);
      expect(r.params.featureSet).toBe(featureSet);
      expect(r.field).toBe('spec.featureSet');
      expect(report.instances[0].enable.allowed).toBe(true);
      expect(report.instances[0].enable.warnings).toContainEqual({
        check: 'feature-set',
        reason: 'feature-set-non-default',
      });
    },
  );

  it('reports a CustomNoUpgrade set that disables a user-namespace gate, with the YAML to fix it', () => {
    const fg = featureGate({
      featureSet: 'CustomNoUpgrade',
      customNoUpgrade: { enabled: ['SomethingElse'], disabled: ['ProcMountType', 'Other'] },
      enabled: ['UserNamespacesSupport', 'UserNamespacesPodSecurityStandards', 'SomethingElse'],
      disabled: ['ProcMountType', 'Other'],
    });
    const report = run({ featureGate: loaded(fg) });
    const r = check(report, 'feature-set');
    expect(outcome(r)).toEqual(['warn', 'feature-set-disables-gates']);
    expect(r.params.gates).toEqual(['ProcMountType']);
    expect(r.field).toBe('spec.customNoUpgrade.disabled');
    const yaml = remedyText(r.remedies.find((m) => m.kind === 'yaml')!);
    expect(yaml).toContain('enabled:\n      - SomethingElse\n      - ProcMountType');
    expect(yaml).toContain('disabled:\n      - Other');
    expect(outcome(check(report, 'feature-gates'))).toEqual(['fail', 'gates-disabled']);
  });
});

it('returns every check in order', () => {
  const report = run({});
  expect(report.checks.map((c) => c.id)).toEqual(ALL_CHECKS);
  expect(report.instances[0].checks.map((c) => c.id)).toEqual(ALL_CHECKS);
});

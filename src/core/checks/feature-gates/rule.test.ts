import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { loaded, LOADING } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import type { FeatureGate } from '../../../models/featureGate';
import {
  clusterVersion,
  featureGate,
  GATES,
  offSnapshot,
  realFeatureGate,
} from '../../testing/builders';
import { check, outcome } from '../../testing/query';

const gates = (current: string, fg: FeatureGate, o: Partial<ClusterSnapshot> = {}) =>
  check(
    evaluate(
      offSnapshot({
        clusterVersion: loaded(clusterVersion(current)),
        featureGate: loaded(fg),
        ...o,
      }),
      { now: 0 },
    ),
    'feature-gates',
  );

describe('feature-gates on the real 4.20 payload', () => {
  it('the payload as shipped (one entry, version "") applies to the current version', () => {
    const r = gates('4.20.3', realFeatureGate());
    expect(outcome(r)).toEqual(['pass', 'gates-enabled']);
    expect(r.params).toEqual({ version: '4.20.3', gates: GATES });
    expect(r.details.map((d) => [d.key, d.actual])).toEqual(
      GATES.map((g) => [`featureGate.${g}`, 'enabled']),
    );
  });

  it('the payload stamped with the current version', () => {
    expect(outcome(gates('4.20.3', realFeatureGate('4.20.3')))).toEqual(['pass', 'gates-enabled']);
  });

  it('a payload stamped with another release of the same minor: used, and said so', () => {
    const r = gates('4.20.3', realFeatureGate('4.20.1'));
    expect(outcome(r)).toEqual(['pass', 'gates-enabled-same-minor']);
    expect(r.params).toEqual({ version: '4.20.1', current: '4.20.3', gates: GATES });
    expect(r.details[0]).toEqual({
      key: 'featureGate.entryVersion',
      actual: '4.20.1',
      expected: '4.20.3',
    });
  });

  it('a payload stamped with another minor does not describe this one', () => {
    const r = gates('4.20.3', realFeatureGate('4.19.9'));
    expect(outcome(r)).toEqual(['unknown', 'gates-no-entry']);
  });
});

describe('feature-gates entry selection', () => {
  const twoEntries = (): FeatureGate => {
    const fg = featureGate({ version: '4.20.3' });
    fg.status!.featureGates!.push({
      version: '4.19.9',
      enabled: [],
      disabled: GATES.map((name) => ({ name })),
    });
    return fg;
  };

  it('uses the entry of the current version, not the desired one', () => {
    expect(outcome(gates('4.20.3', twoEntries()))).toEqual(['pass', 'gates-enabled']);
    const upgrading = gates('4.19.9', twoEntries(), {
      clusterVersion: loaded(clusterVersion('4.19.9', '4.20.3')),
    });
    expect(outcome(upgrading)).toEqual(['fail', 'gates-disabled']);
    expect(upgrading.params.version).toBe('4.19.9');
  });

  it('upgrading within 4.20 (4.20.3 -> 4.20.5), status already rewritten for 4.20.5: uses it', () => {
    const fg = featureGate({ version: '4.20.5' });
    fg.status!.featureGates!.push({
      version: '4.19.9',
      enabled: [],
      disabled: GATES.map((name) => ({ name })),
    });
    const r = gates('4.20.3', fg, {
      clusterVersion: loaded(clusterVersion('4.20.3', '4.20.5')),
    });
    expect(outcome(r)).toEqual(['pass', 'gates-enabled-same-minor']);
    expect(r.params.version).toBe('4.20.5');
    // Not a blocker: the toggle stays usable during the upgrade.
    const report = evaluate(
      offSnapshot({
        clusterVersion: loaded(clusterVersion('4.20.3', '4.20.5')),
        featureGate: loaded(fg),
      }),
      { now: 0 },
    );
    expect(report.cheClusterReports[0].enable.blockers).toEqual([]);
  });

  it('several entries of the same minor: the newest one', () => {
    const fg = featureGate({ version: '4.20.5' });
    fg.status!.featureGates!.push({
      version: '4.20.1',
      enabled: [],
      disabled: GATES.map((name) => ({ name })),
    });
    expect(gates('4.20.3', fg).params.version).toBe('4.20.5');
  });

  it('a same-minor entry with a gate off fails, naming the entry it read', () => {
    const fg = featureGate({ version: '4.20.1' });
    fg.status!.featureGates![0].enabled = [];
    fg.status!.featureGates![0].disabled = [{ name: 'ProcMountType' }];
    const r = gates('4.20.3', fg);
    expect(outcome(r)).toEqual(['fail', 'gates-disabled']);
    expect(r.params.version).toBe('4.20.1');
    expect(r.details[0].key).toBe('featureGate.entryVersion');
  });

  it('an empty-version entry is not used when other entries exist', () => {
    const fg = twoEntries();
    fg.status!.featureGates![0].version = '';
    expect(outcome(gates('4.20.3', fg))).toEqual(['unknown', 'gates-no-entry']);
  });

  it('no entry blocks enabling', () => {
    const fg = featureGate();
    fg.status = {};
    const report = evaluate(offSnapshot({ featureGate: loaded(fg) }), { now: 0 });
    expect(report.cheClusterReports[0].enable.blockers).toContainEqual({
      check: 'feature-gates',
      reason: 'gates-no-entry',
    });
  });

  it('waits for the ClusterVersion to pick the entry', () => {
    const r = gates('4.20.3', featureGate(), { clusterVersion: LOADING });
    expect(outcome(r)).toEqual(['unknown', 'loading']);
    expect(r.params.resource).toBe('clusterversions');
  });
});

describe('feature-gates per version', () => {
  const only = (...names: string[]) => names;
  it.each([
    ['4.20.3', only(...GATES), [], 'pass', 'gates-enabled', []],
    ['4.21.0-rc.2', only(...GATES), [], 'pass', 'gates-enabled', []],
    // ProcMountType graduated in 4.22: absent counts as on there, not before.
    [
      '4.22.1',
      only('UserNamespacesSupport', 'UserNamespacesPodSecurityStandards'),
      [],
      'pass',
      'gates-enabled',
      [],
    ],
    [
      '4.22.0-0.nightly-2026-05-01-123456',
      only('UserNamespacesSupport', 'UserNamespacesPodSecurityStandards'),
      [],
      'pass',
      'gates-enabled',
      [],
    ],
    [
      '4.21.4',
      only('UserNamespacesSupport', 'UserNamespacesPodSecurityStandards'),
      [],
      'fail',
      'gates-missing',
      ['ProcMountType'],
    ],
    // All three gone in 4.23.
    ['4.23.0', only(), [], 'pass', 'gates-enabled', []],
    [
      '4.22.3',
      only('ProcMountType'),
      [],
      'fail',
      'gates-missing',
      ['UserNamespacesSupport', 'UserNamespacesPodSecurityStandards'],
    ],
    // 4.18/4.19: tech preview, listed as disabled.
    ['4.19.9', only(), [...GATES], 'fail', 'gates-disabled', GATES],
    // A gate listed in disabled fails even where it would have been removed.
    [
      '4.23.1',
      only(),
      ['UserNamespacesSupport'],
      'fail',
      'gates-disabled',
      ['UserNamespacesSupport'],
    ],
    // Listed in both: disabled wins.
    ['4.20.3', only(...GATES), ['ProcMountType'], 'fail', 'gates-disabled', ['ProcMountType']],
  ])('%s enabled=%j disabled=%j -> %s %s', (version, enabled, disabled, status, reason, named) => {
    const r = gates(version, featureGate({ version, enabled, disabled }));
    expect(outcome(r)).toEqual([status, reason]);
    if (status === 'fail') expect(r.params.gates).toEqual(named);
  });

  it('marks gates that were removed in the proof', () => {
    const r = gates('4.23.0', featureGate({ version: '4.23.0', enabled: [] }));
    expect(r.details.every((d) => d.actual === 'removed' && d.ok)).toBe(true);
  });
});

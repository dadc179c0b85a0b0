import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { loaded } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import { featureGate, offSnapshot } from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { remedyText } from '../../remedyYaml';

const run = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });

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
      expect(report.cheClusterReports[0].enable.allowed).toBe(true);
      expect(report.cheClusterReports[0].enable.warnings).toContainEqual({
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

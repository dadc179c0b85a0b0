import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { loaded } from '../../snapshot';
import type { CheCluster } from '../../../models/cheCluster';
import { cheCluster, offSnapshot, onSnapshot } from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { remedyText } from '../../remedyYaml';

const withRuntimeClass = (name: string | undefined, enabled?: boolean): CheCluster => {
  const cc = cheCluster({ enabled });
  cc.spec = { devEnvironments: { ...cc.spec?.devEnvironments, runtimeClassName: name } };
  return cc;
};

describe('runtime-class', () => {
  it.each([
    ['unset, off', offSnapshot(), ['pass', 'runtime-class-unset']],
    ['unset, on', onSnapshot(), ['pass', 'runtime-class-unset']],
    [
      'empty string',
      offSnapshot({ cheClusters: loaded([withRuntimeClass('')]) }),
      ['pass', 'runtime-class-unset'],
    ],
    [
      'kata, off',
      offSnapshot({ cheClusters: loaded([withRuntimeClass('kata')]) }),
      ['warn', 'runtime-class-set'],
    ],
    [
      'custom, on',
      onSnapshot({ cheClusters: loaded([withRuntimeClass('crun-userns', true)]) }),
      ['warn', 'runtime-class-set'],
    ],
  ] as const)('%s', (_, snapshot, expected) => {
    expect(outcome(check(evaluate(snapshot, { now: 0 }), 'runtime-class'))).toEqual(expected);
  });

  it('names the RuntimeClass and the annotation its handler must honour, without blocking', () => {
    const report = evaluate(offSnapshot({ cheClusters: loaded([withRuntimeClass('kata')]) }), {
      now: 0,
    });
    const r = check(report, 'runtime-class');
    expect(r.params.name).toBe('kata');
    expect(r.field).toBe('spec.devEnvironments.runtimeClassName');
    expect(r.details).toContainEqual({
      key: 'runtimeClass.devicesAnnotation',
      actual: 'io.kubernetes.cri-o.Devices',
    });
    expect(remedyText(r.remedies[0])).toBe('oc get runtimeclass kata -o yaml');
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
  });
});

import { remedyText } from '../../remedyYaml';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { failed, forbidden, loaded, LOADING, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import { RUNC_OVERRIDE_NAMES, runcOverrideName } from '../../../models/machineConfig';
import { offSnapshot, runcConfig, runcOverride } from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { decodeDataUrl, defaultRuntimeOf } from './rule';

const run = (o: Partial<ClusterSnapshot>) => evaluate(offSnapshot(o), { now: 0 });
const MASTER = runcOverrideName('master');
const WORKER = runcOverrideName('worker');
const pins = (...pools: string[]): ClusterSnapshot['runtimeOverrides'] =>
  Object.fromEntries(
    RUNC_OVERRIDE_NAMES.map((n) => {
      const pool = pools.find((p) => runcOverrideName(p) === n);
      return [n, pool ? loaded(runcOverride(pool)) : NOT_FOUND];
    }),
  );

describe('container-runtime', () => {
  it('passes without ContainerRuntimeConfigs or generated runc pins', () => {
    expect(outcome(check(run({}), 'container-runtime'))).toEqual(['pass', 'runtime-crun']);
  });

  it('without the machineconfiguration API (hosted control planes): cannot tell, not crun', () => {
    const report = run({ containerRuntimeConfigs: NOT_FOUND });
    const r = check(report, 'container-runtime');
    expect(outcome(r)).toEqual(['unknown', 'runtime-api-absent']);
    expect(r.remedies.map((m) => m.code)).toEqual(['show-node-runtime']);
    // It does not gate: the toggle stays usable and the confirmation lists it.
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
    expect(report.cheClusterReports[0].enable.warnings).toContainEqual({
      check: 'container-runtime',
      reason: 'runtime-api-absent',
    });
  });

  it('warns on configs forcing runc, naming configs and pools, with the oc commands', () => {
    const crun = runcConfig('crun-workers');
    crun.spec!.containerRuntimeConfig!.defaultRuntime = 'crun';
    const report = run({
      containerRuntimeConfigs: loaded([
        runcConfig('runc-workers', ['worker']),
        runcConfig('runc-infra', ['infra', 'worker']),
        crun,
      ]),
    });
    const r = check(report, 'container-runtime');
    expect(outcome(r)).toEqual(['warn', 'runtime-runc-forced']);
    expect(r.params).toEqual({
      configs: ['runc-workers', 'runc-infra'],
      pools: ['worker', 'infra'],
    });
    expect(r.remedies.map(remedyText)).toContain('oc delete containerruntimeconfig runc-workers');
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
  });

  it('names a custom pool selector label as key=value', () => {
    const crc = runcConfig('custom');
    crc.spec!.machineConfigPoolSelector = { matchLabels: { 'custom-pool': 'gpu' } };
    const r = check(run({ containerRuntimeConfigs: loaded([crc]) }), 'container-runtime');
    expect(r.params.pools).toEqual(['custom-pool=gpu']);
  });

  it('is unknown when it cannot be read, which does not block enabling', () => {
    const report = run({ containerRuntimeConfigs: forbidden() });
    expect(outcome(check(report, 'container-runtime'))).toEqual(['unknown', 'forbidden']);
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
    expect(report.cheClusterReports[0].enable.warnings).toContainEqual({
      check: 'container-runtime',
      reason: 'forbidden',
    });
  });
});

describe('container-runtime: pinned to runc by MCO after 4.17.z', () => {
  it('warns, naming both MachineConfigs, the pools, the ConfigMap, and how to remove the pin', () => {
    const report = run({ runtimeOverrides: pins('master', 'worker') });
    const r = check(report, 'container-runtime');
    expect(outcome(r)).toEqual(['warn', 'runtime-runc-pinned']);
    expect(r.params).toEqual({
      machineConfigs: [MASTER, WORKER],
      pools: ['master', 'worker'],
      configMap: 'crio-default-container-runtime',
      configs: [],
    });
    expect(r.object).toMatchObject({ kind: 'MachineConfig', name: MASTER });
    expect(r.details.map((d) => [d.key, d.actual, d.expected])).toEqual([
      [`machineConfig.${MASTER}.default_runtime`, 'runc', 'crun'],
      [`machineConfig.${WORKER}.default_runtime`, 'runc', 'crun'],
    ]);
    expect(r.remedies.map(remedyText)).toEqual([
      `oc get machineconfig ${MASTER} ${WORKER} -o yaml`,
      `oc delete machineconfig ${MASTER}`,
      `oc delete machineconfig ${WORKER}`,
    ]);
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
    expect(report.verdict).toBe('ready-with-warnings');
  });

  it('a ContainerRuntimeConfig saying crun for the pool wins over the pin', () => {
    const crun = runcConfig('crun-workers', ['worker']);
    crun.spec!.containerRuntimeConfig!.defaultRuntime = 'crun';
    const r = check(
      run({ runtimeOverrides: pins('master', 'worker'), containerRuntimeConfigs: loaded([crun]) }),
      'container-runtime',
    );
    expect(r.params.machineConfigs).toEqual([MASTER]);
    expect(r.params.pools).toEqual(['master']);
  });

  it('a pin and a runc ContainerRuntimeConfig: names both, with both remedies', () => {
    const r = check(
      run({
        runtimeOverrides: pins('worker'),
        containerRuntimeConfigs: loaded([runcConfig('infra-runc', ['infra'])]),
      }),
      'container-runtime',
    );
    expect(outcome(r)).toEqual(['warn', 'runtime-runc-pinned']);
    expect(r.params).toMatchObject({ pools: ['worker', 'infra'], configs: ['infra-runc'] });
    expect(r.remedies.map((m) => m.code)).toContain('delete-container-runtime-config');
  });

  it('a generated MachineConfig whose drop-in says crun is not a pin', () => {
    const r = check(
      run({
        runtimeOverrides: {
          [MASTER]: NOT_FOUND,
          [WORKER]: loaded(runcOverride('worker', 'crun')),
        },
      }),
      'container-runtime',
    );
    expect(outcome(r)).toEqual(['pass', 'runtime-crun']);
  });

  it.each([
    ['loading', LOADING, 'loading'],
    ['forbidden', forbidden('no'), 'forbidden'],
    ['a read error', failed('boom'), 'read-error'],
  ])('a pin that is %s: unknown, not crun', (_, state, reason) => {
    const r = check(
      run({ runtimeOverrides: { [MASTER]: NOT_FOUND, [WORKER]: state } }),
      'container-runtime',
    );
    expect(outcome(r)).toEqual(['unknown', reason]);
    expect(r.params.resource).toBe('machineconfigs');
  });
});

describe('reading the CRI-O drop-in', () => {
  it('decodes base64 and URL-encoded data URLs', () => {
    expect(decodeDataUrl('data:text/plain;charset=utf-8;base64,YQ==')).toBe('a');
    expect(decodeDataUrl('data:,default_runtime%20%3D%20%22runc%22')).toBe(
      'default_runtime = "runc"',
    );
    expect(decodeDataUrl('https://example.com/x')).toBeUndefined();
    expect(decodeDataUrl('data:;base64,@@@')).toBeUndefined();
  });

  it('finds default_runtime only in files under /etc/crio/crio.conf.d/', () => {
    expect(defaultRuntimeOf(runcOverride('worker'))).toBe('runc');
    const elsewhere = runcOverride('worker');
    elsewhere.spec!.config!.storage!.files![0].path = '/etc/other.conf';
    expect(defaultRuntimeOf(elsewhere)).toBeUndefined();
  });
});

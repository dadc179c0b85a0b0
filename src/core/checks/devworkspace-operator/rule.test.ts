import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { forbidden, loaded, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import { dwoCsv, dwocCrdWithoutHostUsers, offSnapshot } from '../../testing/builders';
import { dwocCrd } from '../../testing/reference';
import { clusterCheck, outcome } from '../../testing/query';

const dwo = (o: Partial<ClusterSnapshot>) => {
  const report = evaluate(offSnapshot(o), { now: 0 });
  return { report, r: clusterCheck(report, 'devworkspace-operator') };
};

describe('devworkspace-operator', () => {
  it('the real CRD declares config.workspace.hostUsers', () => {
    expect(outcome(dwo({}).r)).toEqual(['pass', 'dwo-supports-host-users']);
    expect(dwo({}).r.params).toEqual({ version: '0.40.0' });
  });

  it.each([
    ['0.40.0', ['pass', 'dwo-supports-host-users']],
    ['0.41.2', ['pass', 'dwo-supports-host-users']],
    ['1.0.0', ['pass', 'dwo-supports-host-users']],
    ['0.39.1', ['warn', 'dwo-no-host-users-env']],
    ['0.37.0', ['warn', 'dwo-no-host-users-env']],
  ] as const)('DWO %s', (version, expected) => {
    expect(outcome(dwo({ devWorkspaceOperatorCsvs: loaded([dwoCsv(version)]) }).r)).toEqual(
      expected,
    );
  });

  it('takes the newest DWO CSV and ignores other operators', () => {
    const csvs = loaded([
      dwoCsv('0.39.0', 'Replacing'),
      dwoCsv('0.40.1'),
      { ...dwoCsv('9.9.9'), metadata: { name: 'devspaces-operator.v3.22.0' } },
    ]);
    expect(dwo({ devWorkspaceOperatorCsvs: csvs }).r.params).toEqual({ version: '0.40.1' });
  });

  it('a CRD without hostUsers fails and blocks enabling', () => {
    const { report, r } = dwo({ devWorkspaceOperatorConfigCrd: loaded(dwocCrdWithoutHostUsers()) });
    expect(outcome(r)).toEqual(['fail', 'dwo-too-old']);
    expect(r.params).toEqual({ crd: 'devworkspaceoperatorconfigs.controller.devfile.io' });
    expect(r.details[0]).toEqual({
      key: 'crd.dwoc.hostUsers',
      actual: false,
      expected: true,
      ok: false,
    });
    expect(report.cheClusterReports[0].enable.allowed).toBe(false);
    expect(dwocCrd().spec?.versions?.length).toBeGreaterThan(0); // the fixture itself was not mutated
    expect(outcome(dwo({}).r)).toEqual(['pass', 'dwo-supports-host-users']);
  });

  it('a CSV list the viewer may not read is "cannot tell" with that access, never a pass', () => {
    const { report, r } = dwo({ devWorkspaceOperatorCsvs: forbidden() });
    expect(outcome(r)).toEqual(['unknown', 'forbidden']);
    expect(r.params).toEqual({
      resource: 'clusterserviceversions',
      verb: 'list',
      group: 'operators.coreos.com',
    });
    expect(report.cheClusterReports[0].enable).toMatchObject({
      allowed: true,
      unverified: [{ check: 'devworkspace-operator', reason: 'forbidden' }],
    });
    expect(report.cheClusterReports[0].verdict).toBe('unknown');
  });

  it('no OLM, or no DWO CSV: an unknown version is said in the details, not failed', () => {
    for (const csvs of [NOT_FOUND, loaded([])]) {
      const { report, r } = dwo({ devWorkspaceOperatorCsvs: csvs });
      expect(outcome(r)).toEqual(['pass', 'dwo-supports-host-users']);
      expect(r.params).toEqual({ version: null });
      expect(String(r.details.find((d) => d.key === 'dwo.version')?.actual)).toMatch(/^unknown/);
      expect(report.cheClusterReports[0].enable.allowed).toBe(true);
    }
  });

  it('no DWOC CRD at all fails; an unreadable one is unknown', () => {
    expect(outcome(dwo({ devWorkspaceOperatorConfigCrd: NOT_FOUND }).r)).toEqual([
      'fail',
      'dwo-too-old',
    ]);
    const unreadable = dwo({ devWorkspaceOperatorConfigCrd: forbidden() });
    expect(outcome(unreadable.r)).toEqual(['unknown', 'forbidden']);
    expect(unreadable.r.params).toMatchObject({ verb: 'get', group: 'apiextensions.k8s.io' });
    expect(unreadable.report.cheClusterReports[0].enable.unverified).toContainEqual({
      check: 'devworkspace-operator',
      reason: 'forbidden',
    });
  });
});

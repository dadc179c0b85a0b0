import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { loaded } from '../../snapshot';
import type { CheCluster } from '../../../models/cheCluster';
import { cheCluster, offSnapshot, onSnapshot } from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { DEVICES_FIELD, PROC_MOUNT_FIELD } from './rule';

type RunConfiguration = NonNullable<
  NonNullable<NonNullable<CheCluster['spec']>['devEnvironments']>['containerRunConfiguration']
>;

/** A CheCluster as the API server returns it: the CRD defaults filled in, then the overrides. */
const withRun = (run: Partial<RunConfiguration>, enabled = true): CheCluster => {
  const cc = cheCluster({ enabled });
  cc.spec!.devEnvironments!.containerRunConfiguration = {
    openShiftSecurityContextConstraint: 'container-run',
    containerSecurityContext: {
      procMount: 'Unmasked',
      allowPrivilegeEscalation: true,
      capabilities: { add: ['SETGID', 'SETUID', 'CHOWN'] },
    },
    workspacesPodAnnotations: { 'io.kubernetes.cri-o.Devices': '/dev/fuse,/dev/net/tun' },
    ...run,
  };
  return cc;
};

const judge = (cc: CheCluster, on = true) =>
  check(
    evaluate((on ? onSnapshot : offSnapshot)({ cheClusters: loaded([cc]) }), { now: 0 }),
    'container-run-settings',
  );

describe('container-run-settings', () => {
  it('passes on the CRD defaults, written out or left to the API server', () => {
    expect(outcome(judge(withRun({})))).toEqual(['pass', 'run-settings-ok']);
    expect(outcome(judge(cheCluster({ enabled: true })))).toEqual(['pass', 'run-settings-ok']);
    expect(outcome(judge(cheCluster({ enabled: false }), false))).toEqual([
      'pass',
      'run-settings-ok',
    ]);
  });

  it('accepts the devices in any order, with access modes', () => {
    const cc = withRun({
      workspacesPodAnnotations: {
        'io.kubernetes.cri-o.Devices': '/dev/net/tun:rwm, /dev/fuse:rwm',
        'example.com/team': 'a',
      },
    });
    expect(outcome(judge(cc))).toEqual(['pass', 'run-settings-ok']);
  });

  it('fails when an extra annotation replaced the default map, and puts the devices back', () => {
    const r = judge(withRun({ workspacesPodAnnotations: { 'example.com/team': 'a' } }), false);
    expect(outcome(r)).toEqual(['fail', 'run-settings-broken']);
    expect(r.params.fields).toEqual(['io.kubernetes.cri-o.Devices without /dev/fuse']);
    expect(r.details.find((d) => d.key === DEVICES_FIELD)).toMatchObject({
      actual: null,
      ok: false,
    });
    expect(r.remedies.map((m) => m.kind === 'oc' && m.text)).toEqual([
      `oc patch checluster/devspaces -n openshift-devspaces --type=merge -p '{"spec":{"devEnvironments":{"containerRunConfiguration":{"workspacesPodAnnotations":{"io.kubernetes.cri-o.Devices":"/dev/fuse,/dev/net/tun"}}}}}'`,
    ]);
  });

  it('fails on a security context without procMount Unmasked (Kubernetes then masks /proc)', () => {
    const r = judge(withRun({ containerSecurityContext: { allowPrivilegeEscalation: true } }));
    expect(outcome(r)).toEqual(['fail', 'run-settings-broken']);
    expect(r.params.fields).toEqual(['procMount: (unset)']);
    expect(r.details.find((d) => d.key === PROC_MOUNT_FIELD)).toMatchObject({
      actual: null,
      expected: 'Unmasked',
    });
    expect(r.remedies[0]).toMatchObject({
      code: 'restore-run-settings',
      text: `oc patch checluster/devspaces -n openshift-devspaces --type=merge -p '{"spec":{"devEnvironments":{"containerRunConfiguration":{"containerSecurityContext":{"procMount":"Unmasked"}}}}}'`,
    });
  });

  it('warns when only /dev/net/tun is left out, keeping the devices that are there', () => {
    const r = judge(
      withRun({ workspacesPodAnnotations: { 'io.kubernetes.cri-o.Devices': '/dev/fuse' } }),
    );
    expect(outcome(r)).toEqual(['warn', 'run-settings-no-tun']);
    const remedy = r.remedies[0];
    expect(remedy.kind === 'oc' && remedy.text).toContain(
      '"io.kubernetes.cri-o.Devices":"/dev/fuse,/dev/net/tun"',
    );
  });

  it('makes the CheCluster not ready, without blocking the switch', () => {
    const report = evaluate(
      offSnapshot({ cheClusters: loaded([withRun({ workspacesPodAnnotations: {} }, false)]) }),
      { now: 0 },
    );
    const cheClusterReport = report.cheClusterReports[0];
    expect(cheClusterReport.verdict).toBe('not-ready');
    expect(cheClusterReport.enable.blockers).toEqual([]);
    expect(cheClusterReport.enable.warnings).toContainEqual({
      check: 'container-run-settings',
      reason: 'run-settings-broken',
    });
  });
});

import { remedyText } from '../../remedyYaml';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { loaded, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot, RecentToggle } from '../../snapshot';
import type { CheCluster } from '../../../models/cheCluster';
import { cheCluster, dwoc, offSnapshot, onSnapshot, runScc } from '../../testing/builders';
import { sccAdmitsUid } from '../../dwocExpected';
import { check, outcome } from '../../testing/query';

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

describe("workspace-config against the CheCluster's effective values", () => {
  const customized = (
    edit: (d: NonNullable<NonNullable<CheCluster['spec']>['devEnvironments']>) => void,
  ) => {
    const cc = cheCluster({ enabled: true });
    edit(cc.spec!.devEnvironments!);
    return loaded([cc]);
  };
  const noChown = customized((d) => {
    d.containerRunConfiguration = {
      openShiftSecurityContextConstraint: 'container-run',
      containerSecurityContext: {
        procMount: 'Unmasked',
        allowPrivilegeEscalation: true,
        capabilities: { add: ['SETUID', 'SETGID'] },
      },
    };
  });

  it('a CheCluster without CHOWN: the DWOC with the CRD default caps differs, one copying it passes', () => {
    const r = check(on({ cheClusters: noChown }), 'workspace-config');
    expect(outcome(r)).toEqual(['fail', 'dwoc-differs']);
    expect(r.params.fields).toEqual(['config.workspace.containerSecurityContext.capabilities.add']);
    const caps = r.details.find((d) => d.key.endsWith('capabilities.add'));
    expect(caps).toMatchObject({
      actual: ['CHOWN', 'SETGID', 'SETUID'],
      expected: ['SETGID', 'SETUID'],
    });
    const copied = config((d) => {
      d.config!.workspace!.containerSecurityContext!.capabilities = {
        add: ['CAP_SETGID', 'setuid'],
      };
    });
    expect(outcome(check(on({ cheClusters: noChown, ...copied }), 'workspace-config'))).toEqual([
      'pass',
      'dwoc-ok',
    ]);
    // The YAML offered is what the operator would write for this CheCluster, not the CRD default.
    const yaml = remedyText(r.remedies.find((x) => x.code === 'dwoc-expected')!);
    expect(yaml).toContain('- SETUID');
    expect(yaml).not.toContain('CHOWN');
  });

  it('escalation: absent counts as the API default (true) on both sides; false differs', () => {
    const absent = config(
      (d) => delete d.config!.workspace!.containerSecurityContext!.allowPrivilegeEscalation,
    );
    expect(outcome(check(on(absent), 'workspace-config'))).toEqual(['pass', 'dwoc-ok']);
    const no = config(
      (d) => (d.config!.workspace!.containerSecurityContext!.allowPrivilegeEscalation = false),
    );
    expect(check(on(no), 'workspace-config').params.fields).toEqual([
      'config.workspace.containerSecurityContext.allowPrivilegeEscalation',
    ]);
  });

  it('pod annotations of devEnvironments and of the run configuration are both expected', () => {
    const annotated = customized((d) => {
      (d as Record<string, unknown>).workspacesPodAnnotations = { 'example.com/team': 'blue' };
    });
    const r = check(on({ cheClusters: annotated }), 'workspace-config');
    expect(outcome(r)).toEqual(['fail', 'dwoc-differs']);
    expect(r.params.fields).toEqual(['config.workspace.podAnnotations["example.com/team"]']);
    const copied = config((d) => {
      d.config!.workspace!.podAnnotations!['example.com/team'] = 'blue';
    });
    expect(outcome(check(on({ cheClusters: annotated, ...copied }), 'workspace-config'))).toEqual([
      'pass',
      'dwoc-ok',
    ]);
  });

  it('a pod runAsUser the run SCC refuses fails on its own reason, with the patch that drops it', () => {
    const root = customized((d) => (d.security = { podSecurityContext: { runAsUser: 0 } }));
    const copied = config((d) => {
      (d.config!.workspace as Record<string, unknown>).podSecurityContext = { runAsUser: 0 };
    });
    const r = check(on({ cheClusters: root, ...copied }), 'workspace-config');
    expect(outcome(r)).toEqual(['fail', 'dwoc-run-as-user-rejected']);
    expect(r.params).toEqual({
      namespace: NS,
      uid: 0,
      scc: 'container-run',
      allowed: 'MustRunAs 1000',
    });
    expect(remedyText(r.remedies[0])).toBe(
      `oc patch checluster devspaces -n ${NS} --type=json -p '[{"op":"remove","path":"/spec/devEnvironments/security/podSecurityContext/runAsUser"}]'`,
    );
    // Not yet copied: the CheCluster's value is what the next reconcile writes, so it is judged too.
    expect(outcome(check(on({ cheClusters: root }), 'workspace-config'))).toEqual([
      'fail',
      'dwoc-run-as-user-rejected',
    ]);
  });

  it("the SCC's own UID passes once copied; not copied yet is a difference", () => {
    const uid1000 = customized((d) => (d.security = { podSecurityContext: { runAsUser: 1000 } }));
    const copied = config((d) => {
      (d.config!.workspace as Record<string, unknown>).podSecurityContext = { runAsUser: 1000 };
    });
    expect(outcome(check(on({ cheClusters: uid1000, ...copied }), 'workspace-config'))).toEqual([
      'pass',
      'dwoc-ok',
    ]);
    expect(check(on({ cheClusters: uid1000 }), 'workspace-config').params.fields).toEqual([
      'config.workspace.podSecurityContext.runAsUser',
    ]);
  });

  it('reads the UID rule from the SCC on the cluster', () => {
    const uid2000 = customized((d) => (d.security = { podSecurityContext: { runAsUser: 2000 } }));
    const copied = config((d) => {
      (d.config!.workspace as Record<string, unknown>).podSecurityContext = { runAsUser: 2000 };
    });
    const scc = runScc({ runAsUser: { type: 'MustRunAs', uid: 2000 } });
    const r = check(
      on({ cheClusters: uid2000, ...copied, sccs: { 'container-run': loaded(scc) } }),
      'workspace-config',
    );
    expect(outcome(r)).toEqual(['pass', 'dwoc-ok']);
  });
});

describe('sccAdmitsUid', () => {
  it.each([
    [{ type: 'MustRunAs', uid: 1000 }, 1000, true],
    [{ type: 'MustRunAs', uid: 1000 }, 0, false],
    [{ type: 'MustRunAsRange', uidRangeMin: 1000, uidRangeMax: 65534 }, 999, false],
    [{ type: 'MustRunAsRange', uidRangeMin: 1000, uidRangeMax: 65534 }, 1000, true],
    [{ type: 'MustRunAsRange' }, 0, undefined],
    [{ type: 'MustRunAsNonRoot' }, 0, false],
    [{ type: 'RunAsAny' }, 0, true],
  ])('%j admits %i: %s', (runAsUser, uid, ok) => {
    expect(sccAdmitsUid({ runAsUser }, uid).ok).toBe(ok);
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

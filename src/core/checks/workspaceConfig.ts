/** workspace-config: the DevWorkspaceOperatorConfig che-operator writes for new workspaces. */
import type { ClusterSnapshot, ResourceState } from '../snapshot';
import type { CheckDetail, CheckResult } from '../results';
import { CRIO_DEVICES_ANNOTATION, CRIO_DEVICES_VALUE } from '../../models/cheCluster';
import { at, bool, dict, str } from '../guards';
import type { InstanceContext } from '../instance';
import { dwocRef } from '../refs';
import * as fix from '../remedies';
import { dataOf, na, result, stateOf, unusable } from '../result';

const REQUIRED_DEVICES = CRIO_DEVICES_VALUE.split(',');

const devicesOf = (value: string | undefined): Set<string> =>
  new Set((value ?? '').split(',').map((d) => d.trim().split(':')[0]));

export interface DwocFacts {
  hostUsersOff: boolean;
  findings: CheckDetail[];
}

/** What the DWOC says about nested containers; `findings` are the three fields the feature needs. */
export const dwocFacts = (dwoc: unknown): DwocFacts => {
  const workspace = dict(at(dwoc, 'config', 'workspace'));
  const hostUsers = bool(workspace.hostUsers);
  const procMount = str(at(workspace, 'containerSecurityContext', 'procMount')) ?? null;
  const devices = str(dict(workspace.podAnnotations)[CRIO_DEVICES_ANNOTATION]);
  const devicesOk = REQUIRED_DEVICES.every((d) => devicesOf(devices).has(d));
  return {
    hostUsersOff: hostUsers === false,
    findings: [
      {
        key: 'config.workspace.hostUsers',
        actual: hostUsers ?? null,
        expected: false,
        ok: hostUsers === false,
      },
      {
        key: 'config.workspace.containerSecurityContext.procMount',
        actual: procMount,
        expected: 'Unmasked',
        ok: procMount === 'Unmasked',
      },
      {
        key: `config.workspace.podAnnotations["${CRIO_DEVICES_ANNOTATION}"]`,
        actual: devices ?? null,
        expected: CRIO_DEVICES_VALUE,
        ok: devicesOk,
      },
    ],
  };
};

const dwocState = (snapshot: ClusterSnapshot, namespace: string) =>
  dict(snapshot.devWorkspaceOperatorConfigs)[namespace] as ResourceState<unknown> | undefined;

/** The DWOC of a CheCluster, when loaded. */
export const dwocOf = (snapshot: ClusterSnapshot, namespace: string): unknown =>
  dataOf(dwocState(snapshot, namespace));

const expectedWorkspace = {
  hostUsers: false,
  containerSecurityContext: {
    procMount: 'Unmasked',
    allowPrivilegeEscalation: true,
    capabilities: { add: ['SETGID', 'SETUID', 'CHOWN'] },
  },
  podAnnotations: { [CRIO_DEVICES_ANNOTATION]: CRIO_DEVICES_VALUE },
};

export const checkWorkspaceConfig = (
  snapshot: ClusterSnapshot,
  ctx: InstanceContext,
): CheckResult => {
  const id = 'workspace-config';
  const { namespace } = ctx;
  const object = dwocRef(namespace);
  const state = dwocState(snapshot, namespace);
  const dwoc = dataOf(state);
  const facts = dwoc !== undefined ? dwocFacts(dwoc) : undefined;
  const reconciling = (details: CheckDetail[]) =>
    result(id, 'unknown', 'reconciling', { since: ctx.reconcilingSince }, { object, details });
  const remedies = [
    fix.showDwoc(namespace),
    fix.showCheClusterStatus(namespace, ctx.name),
    fix.dwocYaml(namespace, expectedWorkspace),
  ];

  if (!ctx.requestedEnabled) {
    // Off: the operator removes hostUsers:false; until it does, new workspaces still get it.
    if (!facts?.hostUsersOff) return na(id, 'feature-off');
    const details = [{ ...facts.findings[0], expected: null, ok: false }];
    if (ctx.reconciling) return reconciling(details);
    return result(
      id,
      'warn',
      'dwoc-differs',
      { namespace, fields: [details[0].key] },
      {
        object,
        field: details[0].key,
        details,
        remedies: [fix.showDwoc(namespace), fix.showCheClusterStatus(namespace, ctx.name)],
      },
    );
  }
  if (stateOf(state) === 'not-found') {
    if (ctx.reconciling) return reconciling([]);
    return result(id, 'fail', 'dwoc-missing', { namespace }, { object, remedies });
  }
  if (!facts) return unusable(id, 'devworkspaceoperatorconfigs', state, object);
  const wrong = facts.findings.filter((f) => !f.ok);
  if (wrong.length === 0) {
    return result(id, 'pass', 'dwoc-ok', { namespace }, { object, details: facts.findings });
  }
  if (ctx.reconciling) return reconciling(facts.findings);
  return result(
    id,
    'fail',
    'dwoc-differs',
    { namespace, fields: wrong.map((f) => f.key) },
    {
      object,
      field: wrong[0].key,
      details: facts.findings,
      remedies,
    },
  );
};

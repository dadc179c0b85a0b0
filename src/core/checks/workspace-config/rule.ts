/** workspace-config: the DevWorkspaceOperatorConfig che-operator writes for new workspaces. */
import type { ClusterSnapshot, ResourceState } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import { CRIO_DEVICES_ANNOTATION, CRIO_DEVICES_VALUE } from '../../../models/cheCluster';
import { at, bool, dict, num, str, strings } from '../../guards';
import type { CheClusterContext } from '../../cheClusterContext';
import { containerRunConfigOf, normalizeCapability, podRunAsUserOf } from '../../cheCluster';
import { devicesOf, expectedDwocWorkspace, sccAdmitsUid } from '../../dwocExpected';
import { dwocRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, na, result, stateOf, unusable } from '../../resultBuilders';

const REQUIRED_DEVICES = [...devicesOf(CRIO_DEVICES_VALUE)];
/** The UID che-operator's run SCC assigns (MustRunAs), used while the SCC itself is not readable. */
const OPERATOR_SCC = { runAsUser: { type: 'MustRunAs', uid: 1000 } };

export interface DwocFacts {
  hostUsersOff: boolean;
}

/** Whether the DWOC gives new workspaces their own user namespace (the feature state reads it). */
export const dwocFacts = (dwoc: unknown): DwocFacts => ({
  hostUsersOff: bool(at(dwoc, 'config', 'workspace', 'hostUsers')) === false,
});

const WS = 'config.workspace';
const sortedCaps = (v: unknown): string[] =>
  [...new Set(strings(v).map(normalizeCapability))].sort();

/**
 * Each field the operator copies from the CheCluster, found in the DWOC against the CheCluster's
 * effective value. hostUsers, procMount Unmasked and the two devices are also what nested podman
 * needs, whatever the CheCluster says, so they are expected even if the CheCluster lost them.
 */
export const dwocFindings = (dwoc: unknown, cheCluster: unknown): CheckDetail[] => {
  const ws = dict(at(dwoc, 'config', 'workspace'));
  const sc = dict(ws.containerSecurityContext);
  const run = containerRunConfigOf(cheCluster);
  const hostUsers = bool(ws.hostUsers);
  const procMount = str(sc.procMount) ?? null;
  // An absent allowPrivilegeEscalation is the API default, true, on either side.
  const escalation = bool(sc.allowPrivilegeEscalation) ?? true;
  const wantEscalation = run.allowPrivilegeEscalation ?? true;
  const caps = sortedCaps(at(sc, 'capabilities', 'add'));
  const wantCaps = [...run.capabilities].sort();
  const annotations = dict(ws.podAnnotations);
  const want = dict(expectedDwocWorkspace(cheCluster).podAnnotations) as Record<string, string>;
  const wantDevices = new Set([...REQUIRED_DEVICES, ...devicesOf(want[CRIO_DEVICES_ANNOTATION])]);
  const devices = str(annotations[CRIO_DEVICES_ANNOTATION]);
  const found = devicesOf(devices);
  const podUid = num(at(ws, 'podSecurityContext', 'runAsUser')) ?? null;
  const wantPodUid = podRunAsUserOf(cheCluster) ?? null;
  return [
    { key: `${WS}.hostUsers`, actual: hostUsers ?? null, expected: false, ok: hostUsers === false },
    {
      key: `${WS}.containerSecurityContext.procMount`,
      actual: procMount,
      expected: 'Unmasked',
      ok: procMount === 'Unmasked',
    },
    {
      key: `${WS}.containerSecurityContext.allowPrivilegeEscalation`,
      actual: escalation,
      expected: wantEscalation,
      ok: escalation === wantEscalation,
    },
    {
      key: `${WS}.containerSecurityContext.capabilities.add`,
      actual: caps,
      expected: wantCaps,
      ok: caps.join() === wantCaps.join(),
    },
    {
      key: `${WS}.podAnnotations["${CRIO_DEVICES_ANNOTATION}"]`,
      actual: devices ?? null,
      expected: [...wantDevices].join(','),
      ok: [...wantDevices].every((d) => found.has(d)),
    },
    ...Object.entries(want)
      .filter(([k]) => k !== CRIO_DEVICES_ANNOTATION)
      .map(([k, v]) => ({
        key: `${WS}.podAnnotations["${k}"]`,
        actual: str(annotations[k]) ?? null,
        expected: v,
        ok: annotations[k] === v,
      })),
    {
      key: `${WS}.podSecurityContext.runAsUser`,
      actual: podUid,
      expected: wantPodUid,
      ok: podUid === wantPodUid,
    },
  ];
};

const dwocState = (snapshot: ClusterSnapshot, namespace: string) =>
  dict(snapshot.devWorkspaceOperatorConfigs)[namespace] as ResourceState<unknown> | undefined;

/** The DWOC of a CheCluster, when loaded. */
export const dwocOf = (snapshot: ClusterSnapshot, namespace: string): unknown =>
  dataOf(dwocState(snapshot, namespace));

/**
 * A pod-level runAsUser (the DWOC's, else the CheCluster's that the operator copies) that the run
 * SCC's runAsUser strategy refuses: SCC admission then rejects every new workspace pod.
 */
const rejectedUid = (snapshot: ClusterSnapshot, ctx: CheClusterContext, dwoc: unknown) => {
  const uid =
    num(at(dwoc, 'config', 'workspace', 'podSecurityContext', 'runAsUser')) ??
    podRunAsUserOf(ctx.cheCluster);
  if (uid === undefined) return undefined;
  const scc = dataOf(dict(snapshot.sccs)[ctx.runScc] as ResourceState<unknown> | undefined);
  const admits = sccAdmitsUid(scc ?? OPERATOR_SCC, uid);
  return admits.ok === false ? { uid, allowed: admits.allowed } : undefined;
};

export const checkWorkspaceConfig = (
  snapshot: ClusterSnapshot,
  ctx: CheClusterContext,
): CheckResult => {
  const id = 'workspace-config';
  const { namespace } = ctx;
  const object = dwocRef(namespace);
  const state = dwocState(snapshot, namespace);
  const dwoc = dataOf(state);
  const reconciling = (details: CheckDetail[]) =>
    result(id, 'unknown', 'reconciling', { since: ctx.reconcilingSince }, { object, details });
  const remedies = [
    fix.showDwoc(namespace),
    fix.showCheClusterStatus(namespace, ctx.name),
    fix.dwocYaml(namespace, expectedDwocWorkspace(ctx.cheCluster)),
  ];

  if (!ctx.requestedEnabled) {
    // Off: the operator removes hostUsers:false; until it does, new workspaces still get it.
    if (dwoc === undefined || !dwocFacts(dwoc).hostUsersOff) return na(id, 'feature-off');
    const details = [{ key: `${WS}.hostUsers`, actual: false, expected: null, ok: false }];
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
    if (ctx.reconcileFailure) {
      return result(
        id,
        'fail',
        'dwoc-missing-reconcile-failed',
        { namespace, message: ctx.reconcileFailure.message },
        {
          object,
          field: 'status.reason',
          remedies: [fix.operatorLogs(ctx.flavor), fix.showCheClusterStatus(namespace, ctx.name)],
        },
      );
    }
    return result(id, 'fail', 'dwoc-missing', { namespace }, { object, remedies });
  }
  if (dwoc === undefined) return unusable(id, 'devworkspaceoperatorconfigs', state, object);
  const findings = dwocFindings(dwoc, ctx.cheCluster);
  const rejected = rejectedUid(snapshot, ctx, dwoc);
  const details: CheckDetail[] = [
    ...findings,
    ...(rejected
      ? [{ key: 'scc.runAsUser', actual: rejected.uid, expected: rejected.allowed, ok: false }]
      : []),
  ];
  // The CheCluster itself asks for a UID the SCC refuses: reconciling will not fix it.
  if (rejected) {
    return result(
      id,
      'fail',
      'dwoc-run-as-user-rejected',
      { namespace, uid: rejected.uid, scc: ctx.runScc, allowed: rejected.allowed },
      {
        object,
        field: `${WS}.podSecurityContext.runAsUser`,
        details,
        remedies: [
          fix.dropPodRunAsUser(namespace, ctx.name),
          fix.showScc(ctx.runScc),
          fix.showDwoc(namespace),
        ],
      },
    );
  }
  const wrong = findings.filter((f) => !f.ok);
  if (wrong.length === 0) return result(id, 'pass', 'dwoc-ok', { namespace }, { object, details });
  if (ctx.reconciling) return reconciling(details);
  return result(
    id,
    'fail',
    'dwoc-differs',
    { namespace, fields: wrong.map((f) => f.key) },
    { object, field: wrong[0].key, details, remedies },
  );
};

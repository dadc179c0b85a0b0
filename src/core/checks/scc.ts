/** run-scc and scc-rbac: the SCC the operator creates for nested containers and the role to use it. */
import type { ClusterSnapshot, ResourceState } from '../snapshot';
import type { CheckDetail, CheckResult, ParamValue } from '../results';
import { at, bool, dict, labelsOf, list, str, strings } from '../guards';
import type { InstanceContext } from '../instance';
import { MANAGED_BY_LABEL, managedByValue, userClusterRoleName } from '../cheCluster';
import { clusterRoleRef, sccRef } from '../refs';
import * as fix from '../remedies';
import { dataOf, na, result, stateOf, unusable } from '../result';

interface SccFinding {
  key: string;
  actual: ParamValue;
  expected: ParamValue;
  ok: boolean;
  /** Without it nested containers do not work; the others are only differences from the operator's SCC. */
  required: boolean;
  patch: Record<string, unknown>;
}

const normCap = (c: string): string => c.toUpperCase().replace(/^CAP_/, '');

/**
 * Compares an SCC with what nested containers need. A null/absent allowPrivilegeEscalation is the
 * API default (true), so it counts as allowed.
 */
export const sccFindings = (scc: unknown): SccFinding[] => {
  const level = str(at(scc, 'userNamespaceLevel')) ?? 'AllowHostLevel';
  const seLinuxType = str(at(scc, 'seLinuxContext', 'seLinuxOptions', 'type')) ?? null;
  const allowedRaw = strings(at(scc, 'allowedCapabilities'));
  const allowed = new Set(
    [...allowedRaw, ...strings(at(scc, 'defaultAddCapabilities'))].map(normCap),
  );
  const capAllowed = (c: string) => allowed.has('*') || allowed.has(c);
  const escalation = bool(at(scc, 'allowPrivilegeEscalation'));
  const privileged = bool(at(scc, 'allowPrivilegedContainer')) === true;
  const missingCaps = ['SETUID', 'SETGID', 'CHOWN'].filter((c) => !capAllowed(c));
  const capsPatch = { allowedCapabilities: [...new Set([...allowedRaw, ...missingCaps])] };
  const cap = (c: string, required: boolean): SccFinding => ({
    key: `allowedCapabilities.${c}`,
    actual: capAllowed(c),
    expected: true,
    ok: capAllowed(c),
    required,
    patch: capsPatch,
  });
  return [
    {
      key: 'userNamespaceLevel',
      actual: level,
      expected: 'RequirePodLevel',
      ok: level === 'RequirePodLevel',
      required: true,
      patch: { userNamespaceLevel: 'RequirePodLevel' },
    },
    {
      key: 'seLinuxContext.seLinuxOptions.type',
      actual: seLinuxType,
      expected: 'container_engine_t',
      ok: seLinuxType === 'container_engine_t',
      required: true,
      patch: {
        seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'container_engine_t' } },
      },
    },
    cap('SETUID', true),
    cap('SETGID', true),
    // CHOWN: che-operator 7.116+ grants it; some images need it, podman itself does not.
    cap('CHOWN', false),
    {
      key: 'allowPrivilegeEscalation',
      actual: escalation ?? null,
      expected: true,
      ok: escalation !== false,
      required: true,
      patch: { allowPrivilegeEscalation: true },
    },
    {
      key: 'allowPrivilegedContainer',
      actual: privileged,
      expected: false,
      ok: !privileged,
      required: true,
      patch: { allowPrivilegedContainer: false },
    },
  ];
};

/** The SCC che-operator creates (container_run.go), for an admin to compare or apply. */
export const expectedScc = (name: string) => ({
  apiVersion: 'security.openshift.io/v1',
  kind: 'SecurityContextConstraints',
  metadata: { name },
  userNamespaceLevel: 'RequirePodLevel',
  allowPrivilegeEscalation: true,
  allowPrivilegedContainer: false,
  allowedCapabilities: ['SETUID', 'SETGID', 'CHOWN'],
  requiredDropCapabilities: ['KILL', 'MKNOD'],
  runAsUser: { type: 'MustRunAs', uid: 1000 },
  seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'container_engine_t' } },
  fsGroup: { type: 'MustRunAs', ranges: [{ min: 1000, max: 65534 }] },
  supplementalGroups: { type: 'MustRunAs', ranges: [{ min: 1000, max: 65534 }] },
  volumes: ['configMap', 'downwardAPI', 'emptyDir', 'persistentVolumeClaim', 'projected', 'secret'],
});

const toDetails = (findings: SccFinding[]): CheckDetail[] =>
  findings.map((f) => ({ key: `scc.${f.key}`, actual: f.actual, expected: f.expected, ok: f.ok }));

const mergePatches = (findings: SccFinding[]): Record<string, unknown> =>
  Object.assign({}, ...findings.map((f) => f.patch)) as Record<string, unknown>;

const sccState = (snapshot: ClusterSnapshot, name: string): ResourceState<unknown> | undefined =>
  dict(snapshot.sccs)[name] as ResourceState<unknown> | undefined;

export const checkRunScc = (snapshot: ClusterSnapshot, ctx: InstanceContext): CheckResult => {
  const id = 'run-scc';
  const name = ctx.runScc;
  const object = sccRef(name);
  const state = sccState(snapshot, name);
  const scc = dataOf(state);
  const managed =
    scc !== undefined && labelsOf(scc)[MANAGED_BY_LABEL] === managedByValue(ctx.flavor);
  const findings = scc !== undefined ? sccFindings(scc) : [];
  const differs = findings.filter((f) => !f.ok);
  const differsRequired = differs.filter((f) => f.required);
  const details: CheckDetail[] = [
    {
      key: `scc.labels.${MANAGED_BY_LABEL}`,
      actual: str(labelsOf(scc)[MANAGED_BY_LABEL]) ?? null,
      expected: managedByValue(ctx.flavor),
      ok: managed,
    },
    ...toDetails(findings),
  ];
  const customRemedies = [
    fix.showScc(name),
    ...(differs.length > 0 ? [fix.patchScc(name, mergePatches(differs))] : []),
    fix.sccYaml(expectedScc(name)),
  ];
  const custom = (status: 'warn' | 'fail') =>
    result(
      id,
      status,
      'scc-custom',
      { name, fields: differs.map((f) => f.key) },
      {
        object,
        field: `metadata.labels["${MANAGED_BY_LABEL}"]`,
        details,
        remedies: customRemedies,
      },
    );

  if (!ctx.requestedEnabled) {
    // Off: the operator creates the SCC when enabled, but leaves an unmanaged one of that name alone.
    if (scc !== undefined && !managed) return custom('warn');
    return na(id, 'feature-off');
  }
  const reconciling = () =>
    result(id, 'unknown', 'reconciling', { since: ctx.reconcilingSince }, { object, details });
  if (stateOf(state) === 'not-found') {
    if (ctx.reconciling) return reconciling();
    return result(
      id,
      'fail',
      'scc-missing',
      { name },
      {
        object,
        remedies: [
          fix.showCheClusterStatus(ctx.namespace, ctx.name),
          fix.sccYaml(expectedScc(name)),
        ],
      },
    );
  }
  if (scc === undefined) return unusable(id, 'securitycontextconstraints', state, object);
  if (!managed) return custom(differsRequired.length > 0 ? 'fail' : 'warn');
  if (differsRequired.length === 0)
    return result(id, 'pass', 'scc-ok', { name }, { object, details });
  if (ctx.reconciling) return reconciling();
  return result(
    id,
    'fail',
    'scc-differs',
    { name, fields: differsRequired.map((f) => f.key) },
    {
      object,
      field: differsRequired[0].key,
      details,
      remedies: [fix.showScc(name), fix.recreateManagedScc(name)],
    },
  );
};

const has = (values: string[], wanted: string) => values.includes(wanted) || values.includes('*');

/** Whether a ClusterRole grants `use` on the SCC (empty resourceNames means every SCC). */
export const grantsSccUse = (role: unknown, scc: string): boolean =>
  list(at(role, 'rules')).some((r) => {
    const rule = dict(r);
    const names = strings(rule.resourceNames);
    return (
      has(strings(rule.apiGroups), 'security.openshift.io') &&
      has(strings(rule.resources), 'securitycontextconstraints') &&
      has(strings(rule.verbs), 'use') &&
      (names.length === 0 || names.includes(scc))
    );
  });

export const checkSccRbac = (snapshot: ClusterSnapshot, ctx: InstanceContext): CheckResult => {
  const id = 'scc-rbac';
  if (!ctx.requestedEnabled) return na(id, 'feature-off');
  const name = userClusterRoleName(ctx.flavor);
  const object = clusterRoleRef(name);
  const params = { name, scc: ctx.runScc };
  const state = dict(snapshot.clusterRoles)[name] as ResourceState<unknown> | undefined;
  const reconciling = () =>
    result(id, 'unknown', 'reconciling', { since: ctx.reconcilingSince }, { object });
  const remedies = [fix.showClusterRole(name), fix.clusterRoleYaml(name, ctx.runScc)];
  if (stateOf(state) === 'not-found') {
    if (ctx.reconciling) return reconciling();
    return result(id, 'fail', 'cluster-role-missing', params, { object, remedies });
  }
  const role = dataOf(state);
  if (role === undefined) return unusable(id, 'clusterroles', state, object);
  const ok = grantsSccUse(role, ctx.runScc);
  const details = [{ key: 'clusterRole.rules.use', actual: ok, expected: true, ok }];
  if (ok) return result(id, 'pass', 'cluster-role-ok', params, { object, details });
  if (ctx.reconciling) return reconciling();
  return result(id, 'fail', 'cluster-role-wrong-scc', params, {
    object,
    field: 'rules',
    details,
    remedies,
  });
};

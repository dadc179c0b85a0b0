/** run-scc: the SCC the operator creates for nested containers. */
import type { ClusterSnapshot, ResourceState } from '../../snapshot';
import type { CheckDetail, CheckResult, ParamValue } from '../../results';
import { at, bool, dict, labelsOf, num, str, strings } from '../../guards';
import type { CheClusterContext } from '../../cheClusterContext';
import {
  MANAGED_BY_LABEL,
  MANAGED_LABEL_KEYS,
  containerRunConfigOf,
  isOperatorManaged,
  normalizeCapability,
  operatorLabels,
} from '../../cheCluster';
import { sccRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, na, result, stateOf, unusable } from '../../resultBuilders';

interface SccFinding {
  key: string;
  actual: ParamValue;
  expected: ParamValue;
  ok: boolean;
  patch: Record<string, unknown>;
}

/** The UID che-operator's SCC assigns; a user namespace maps 65536 IDs, and the image logic needs the UID inside it. */
const USERNS_SIZE = 65536;

/**
 * Compares an SCC with what nested-container pods request. Every capability the CheCluster's
 * effective containerSecurityContext adds must be allowed (SCC admission rejects the pod
 * otherwise), SETUID/SETGID always (newuidmap needs them). A null/absent allowPrivilegeEscalation
 * is the API default (true), so it counts as allowed.
 */
export const sccFindings = (scc: unknown, requestedCaps: readonly string[]): SccFinding[] => {
  const level = str(at(scc, 'userNamespaceLevel')) ?? 'AllowHostLevel';
  const seLinuxType = str(at(scc, 'seLinuxContext', 'seLinuxOptions', 'type')) ?? null;
  const allowedRaw = strings(at(scc, 'allowedCapabilities'));
  const allowed = new Set(
    [...allowedRaw, ...strings(at(scc, 'defaultAddCapabilities'))].map(normalizeCapability),
  );
  const capAllowed = (c: string) => allowed.has('*') || allowed.has(c);
  const escalation = bool(at(scc, 'allowPrivilegeEscalation'));
  const privileged = bool(at(scc, 'allowPrivilegedContainer')) === true;
  const wanted = [...new Set(['SETUID', 'SETGID', ...requestedCaps.map(normalizeCapability)])];
  const missingCaps = wanted.filter((c) => !capAllowed(c));
  const capsPatch = { allowedCapabilities: [...new Set([...allowedRaw, ...missingCaps])] };
  const runAsType = str(at(scc, 'runAsUser', 'type')) ?? null;
  const runAsUid = num(at(scc, 'runAsUser', 'uid'));
  const uidFits = runAsType === 'MustRunAs' && runAsUid !== undefined && runAsUid < USERNS_SIZE;
  return [
    {
      key: 'userNamespaceLevel',
      actual: level,
      expected: 'RequirePodLevel',
      ok: level === 'RequirePodLevel',
      patch: { userNamespaceLevel: 'RequirePodLevel' },
    },
    {
      key: 'seLinuxContext.seLinuxOptions.type',
      actual: seLinuxType,
      expected: 'container_engine_t',
      ok: seLinuxType === 'container_engine_t',
      patch: {
        seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'container_engine_t' } },
      },
    },
    ...wanted.map((c) => ({
      key: `allowedCapabilities.${c}`,
      actual: capAllowed(c),
      expected: true,
      ok: capAllowed(c),
      patch: capsPatch,
    })),
    {
      key: 'runAsUser',
      actual: runAsType === 'MustRunAs' ? `MustRunAs ${runAsUid ?? '—'}` : runAsType,
      expected: `MustRunAs < ${USERNS_SIZE}`,
      ok: uidFits,
      patch: { runAsUser: { type: 'MustRunAs', uid: OPERATOR_UID } },
    },
    {
      key: 'allowPrivilegeEscalation',
      actual: escalation ?? null,
      expected: true,
      ok: escalation !== false,
      patch: { allowPrivilegeEscalation: true },
    },
    {
      key: 'allowPrivilegedContainer',
      actual: privileged,
      expected: false,
      ok: !privileged,
      patch: { allowPrivilegedContainer: false },
    },
  ];
};

const OPERATOR_UID = 1000;

/**
 * The SCC che-operator creates (container_run.go applySCCSpec), complete and valid against the SCC
 * CRD. It carries the operator's labels only when the operator is meant to own it (`labels`), so
 * an administrator who applies it for a custom SCC does not hand it over to the operator.
 */
export const expectedScc = (
  name: string,
  capabilities: readonly string[],
  labels?: Record<string, string>,
) => ({
  apiVersion: 'security.openshift.io/v1',
  kind: 'SecurityContextConstraints',
  metadata: { name, ...(labels ? { labels } : {}) },
  priority: null,
  allowHostDirVolumePlugin: false,
  allowHostIPC: false,
  allowHostNetwork: false,
  allowHostPID: false,
  allowHostPorts: false,
  allowPrivilegeEscalation: true,
  allowPrivilegedContainer: false,
  allowedCapabilities: [...new Set(['SETUID', 'SETGID', ...capabilities])],
  defaultAddCapabilities: null,
  readOnlyRootFilesystem: false,
  requiredDropCapabilities: ['KILL', 'MKNOD'],
  runAsUser: { type: 'MustRunAs', uid: OPERATOR_UID },
  fsGroup: { type: 'MustRunAs', ranges: [{ min: OPERATOR_UID, max: 65534 }] },
  supplementalGroups: { type: 'MustRunAs', ranges: [{ min: OPERATOR_UID, max: 65534 }] },
  seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'container_engine_t' } },
  userNamespaceLevel: 'RequirePodLevel',
  users: [],
  groups: [],
  volumes: ['configMap', 'downwardAPI', 'emptyDir', 'persistentVolumeClaim', 'projected', 'secret'],
});

const toDetails = (findings: SccFinding[]): CheckDetail[] =>
  findings.map((f) => ({ key: `scc.${f.key}`, actual: f.actual, expected: f.expected, ok: f.ok }));

const mergePatches = (findings: SccFinding[]): Record<string, unknown> =>
  Object.assign({}, ...findings.map((f) => f.patch)) as Record<string, unknown>;

const sccState = (snapshot: ClusterSnapshot, name: string): ResourceState<unknown> | undefined =>
  dict(snapshot.sccs)[name] as ResourceState<unknown> | undefined;

export const checkRunScc = (snapshot: ClusterSnapshot, ctx: CheClusterContext): CheckResult => {
  const id = 'run-scc';
  const name = ctx.runScc;
  const object = sccRef(name);
  const state = sccState(snapshot, name);
  const scc = dataOf(state);
  const managed = scc !== undefined && isOperatorManaged(scc, ctx.flavor);
  const caps = containerRunConfigOf(ctx.cheCluster).capabilities;
  // Every finding is required: each one, missing, makes admission refuse or podman fail.
  const findings = scc !== undefined ? sccFindings(scc, caps) : [];
  const differs = findings.filter((f) => !f.ok);
  const differsRequired = differs;
  const want = operatorLabels(ctx.flavor);
  const details: CheckDetail[] = [
    ...MANAGED_LABEL_KEYS.map((k) => ({
      key: `scc.labels.${k}`,
      actual: str(labelsOf(scc)[k]) ?? null,
      expected: want[k],
      ok: labelsOf(scc)[k] === want[k],
    })),
    ...toDetails(findings),
  ];
  const customRemedies = [
    fix.showScc(name),
    ...(differs.length > 0 ? [fix.patchScc(name, mergePatches(differs))] : []),
    fix.sccYaml(expectedScc(name, caps)),
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
    // Off: the operator creates the SCC when enabled, but leaves an unmanaged one of that name
    // alone. If that one would refuse the pods, turning on breaks every new workspace. So the SCC
    // must be read before turning on: one the viewer cannot read is "cannot tell", never n/a.
    if (stateOf(state) === 'not-found') return na(id, 'feature-off');
    if (scc === undefined) return unusable(id, 'securitycontextconstraints', state, object);
    if (!managed) return custom(differsRequired.length > 0 ? 'fail' : 'warn');
    return na(id, 'feature-off');
  }
  const reconciling = () =>
    result(id, 'unknown', 'reconciling', { since: ctx.reconcilingSince }, { object, details });
  if (stateOf(state) === 'not-found') {
    if (ctx.reconciling) return reconciling();
    if (ctx.reconcileFailure) {
      return result(
        id,
        'fail',
        'scc-missing-reconcile-failed',
        { name, message: ctx.reconcileFailure.message },
        {
          object,
          field: 'status.reason',
          remedies: [
            fix.operatorLogs(ctx.flavor),
            fix.showCheClusterStatus(ctx.namespace, ctx.name),
          ],
        },
      );
    }
    return result(
      id,
      'fail',
      'scc-missing',
      { name },
      {
        object,
        remedies: [
          fix.showCheClusterStatus(ctx.namespace, ctx.name),
          fix.sccYaml(expectedScc(name, caps, operatorLabels(ctx.flavor))),
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

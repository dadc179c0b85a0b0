/**
 * scc-rbac: the roles and bindings che-operator creates so users and the DevWorkspace controller
 * may use the run SCC (pkg/deploy/container-capabilities/container_capabilities.go: the user
 * ClusterRole, the DWO ClusterRole and its ClusterRoleBinding; controllers/usernamespace
 * reconcileSCCPrivileges: one RoleBinding per user namespace).
 */
import type { ClusterSnapshot, ResourceState } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import {
  annotationsOf,
  at,
  dict,
  labelsOf,
  list,
  namespaceOf,
  nameOf,
  str,
  strings,
} from '../../guards';
import type { InstanceContext } from '../../instance';
import { userClusterRoleName } from '../../cheCluster';
import { DWO_CONTAINER_RUN_ROLE, DWO_SERVICE_ACCOUNT } from '../../../models/clusterRoleBinding';
import { USER_NAMESPACE_LABELS, USERNAME_ANNOTATION } from '../../../models/namespace';
import { clusterRoleBindingRef, clusterRoleRef, roleBindingsRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, na, result, stateOf, unusable } from '../../resultBuilders';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
/** Namespaces a sentence names; the details and the listing command cover the rest. */
const NAMED = 10;

const has = (values: string[], wanted: string) => values.includes(wanted) || values.includes('*');

/** Whether a ClusterRole grants every verb on the SCC (empty resourceNames means every SCC). */
export const grantsScc = (role: unknown, scc: string, verbs: readonly string[] = ['use']) => {
  const rules = list(at(role, 'rules'))
    .map(dict)
    .filter((rule) => {
      const names = strings(rule.resourceNames);
      return (
        has(strings(rule.apiGroups), 'security.openshift.io') &&
        has(strings(rule.resources), 'securitycontextconstraints') &&
        (names.length === 0 || names.includes(scc))
      );
    });
  return verbs.every((v) => rules.some((rule) => has(strings(rule.verbs), v)));
};

const roleRefIs = (binding: unknown, role: string): boolean => {
  const ref = dict(at(binding, 'roleRef'));
  return ref.apiGroup === RBAC_GROUP && ref.kind === 'ClusterRole' && ref.name === role;
};

const hasSubject = (binding: unknown, want: (s: Record<string, unknown>) => boolean) =>
  list(at(binding, 'subjects')).map(dict).some(want);

/**
 * The DWO namespace as che-operator finds it: the namespace of the controller pods running as its
 * service account. Undefined when that is not one namespace (not readable, none, several).
 */
export const dwoNamespaceOf = (snapshot: ClusterSnapshot): string | undefined => {
  const namespaces = new Set(
    list(dataOf(snapshot.devWorkspaceControllerPods))
      .filter((p) => str(at(p, 'spec', 'serviceAccountName')) === DWO_SERVICE_ACCOUNT)
      .map(namespaceOf),
  );
  return namespaces.size === 1 ? [...namespaces][0] : undefined;
};

/** User namespaces the user-namespace controller binds: recognised and with a username. */
export const boundUserNamespaces = (
  snapshot: ClusterSnapshot,
): { namespace: string; user: string }[] =>
  list(dataOf(snapshot.userNamespaces)).flatMap((ns) => {
    const labels = labelsOf(ns);
    const recognised = Object.entries(USER_NAMESPACE_LABELS).every(([k, v]) => labels[k] === v);
    const user = str(annotationsOf(ns)[USERNAME_ANNOTATION]);
    return recognised && user ? [{ namespace: nameOf(ns), user }] : [];
  });

/** `missing`: the object the operator creates is absent (its name). */
type Finding =
  | { result: () => CheckResult; missing?: string }
  | { unusable: CheckResult }
  | { ok: CheckDetail[] };

export const checkSccRbac = (snapshot: ClusterSnapshot, ctx: InstanceContext): CheckResult => {
  const id = 'scc-rbac';
  if (!ctx.requestedEnabled) return na(id, 'feature-off');
  const scc = ctx.runScc;
  const userRole = userClusterRoleName(ctx.flavor);
  const reconciling = () =>
    result(
      id,
      'unknown',
      'reconciling',
      { since: ctx.reconcilingSince },
      { object: clusterRoleRef(userRole) },
    );
  const roleState = (name: string) =>
    dict(snapshot.clusterRoles)[name] as ResourceState<unknown> | undefined;

  const clusterRole = (name: string, verbs: string[], isDwo: boolean): Finding => {
    const object = clusterRoleRef(name);
    const state = roleState(name);
    const remedies = [fix.showClusterRole(name), fix.clusterRoleYaml(name, scc, verbs)];
    const params = { name, scc };
    if (stateOf(state) === 'not-found')
      return {
        missing: name,
        result: () =>
          isDwo
            ? result(id, 'fail', 'dwo-cluster-role-missing', params, { object, remedies })
            : result(id, 'fail', 'cluster-role-missing', params, { object, remedies }),
      };
    const role = dataOf(state);
    if (role === undefined) return { unusable: unusable(id, 'clusterroles', state, object) };
    const ok = grantsScc(role, scc, verbs);
    const details = [
      {
        key: isDwo ? 'dwoClusterRole.rules' : 'clusterRole.rules.use',
        actual: ok,
        expected: true,
        ok,
      },
    ];
    if (ok) return { ok: details };
    const extras = { object, field: 'rules', details, remedies };
    return {
      result: () =>
        isDwo
          ? result(id, 'fail', 'dwo-cluster-role-wrong', { ...params, verbs }, extras)
          : result(id, 'fail', 'cluster-role-wrong-scc', params, extras),
    };
  };

  const dwoBinding = (): Finding => {
    const name = DWO_CONTAINER_RUN_ROLE;
    const object = clusterRoleBindingRef(name);
    const state = dict(snapshot.clusterRoleBindings)[name] as ResourceState<unknown> | undefined;
    const namespace = dwoNamespaceOf(snapshot);
    const serviceAccount = `${namespace ?? '<DWO namespace>'}/${DWO_SERVICE_ACCOUNT}`;
    const remedies = [
      fix.showClusterRoleBinding(name),
      fix.clusterRoleBindingYaml(name, DWO_CONTAINER_RUN_ROLE, DWO_SERVICE_ACCOUNT, namespace),
    ];
    if (stateOf(state) === 'not-found')
      return {
        missing: name,
        result: () =>
          result(id, 'fail', 'dwo-binding-missing', { name, serviceAccount }, { object, remedies }),
      };
    const binding = dataOf(state);
    if (binding === undefined)
      return { unusable: unusable(id, 'clusterrolebindings', state, object) };
    // Without one DWO namespace on record, any namespace of that service account is accepted.
    const subjectOk = hasSubject(
      binding,
      (s) =>
        s.kind === 'ServiceAccount' &&
        s.name === DWO_SERVICE_ACCOUNT &&
        (namespace === undefined || s.namespace === namespace),
    );
    const details: CheckDetail[] = [
      {
        key: 'dwoBinding.roleRef',
        actual: str(at(binding, 'roleRef', 'name')) ?? null,
        expected: name,
        ok: roleRefIs(binding, name),
      },
      { key: 'dwoBinding.subject', actual: subjectOk, expected: serviceAccount, ok: subjectOk },
    ];
    const wrong = details.filter((d) => !d.ok).map((d) => d.key);
    if (wrong.length === 0) return { ok: details };
    return {
      result: () =>
        result(
          id,
          'fail',
          'dwo-binding-wrong',
          { name, serviceAccount, fields: wrong },
          {
            object,
            field: wrong[0] === 'dwoBinding.roleRef' ? 'roleRef' : 'subjects',
            details,
            remedies,
          },
        ),
    };
  };

  const userBindings = (): Finding => {
    const object = roleBindingsRef(userRole);
    const nsState = snapshot.userNamespaces;
    const s = stateOf(nsState);
    if (s !== 'loaded' && s !== 'not-found')
      return { unusable: unusable(id, 'namespaces', nsState) };
    const rbState = dict(snapshot.userRoleBindings)[userRole] as ResourceState<unknown> | undefined;
    const rbs = stateOf(rbState);
    if (rbs !== 'loaded' && rbs !== 'not-found')
      return { unusable: unusable(id, 'rolebindings', rbState, object) };
    const byNamespace = new Map(
      list(dataOf(rbState))
        .filter((rb) => nameOf(rb) === userRole)
        .map((rb) => [namespaceOf(rb), rb] as const),
    );
    const users = boundUserNamespaces(snapshot);
    const missing: string[] = [];
    const wrong: string[] = [];
    for (const { namespace, user } of users) {
      const rb = byNamespace.get(namespace);
      if (rb === undefined) missing.push(namespace);
      else if (
        !roleRefIs(rb, userRole) ||
        !hasSubject(rb, (x) => x.kind === 'User' && x.name === user)
      )
        wrong.push(namespace);
    }
    const details: CheckDetail[] = [
      { key: 'roleBindings.userNamespaces', actual: users.length },
      {
        key: 'roleBindings.missing',
        actual: missing.slice(0, NAMED * 2),
        expected: [],
        ok: missing.length === 0,
      },
      {
        key: 'roleBindings.wrong',
        actual: wrong.slice(0, NAMED * 2),
        expected: [],
        ok: wrong.length === 0,
      },
    ];
    const bad = [...missing, ...wrong];
    if (bad.length === 0) return { ok: details };
    const byName = new Map(users.map((u) => [u.namespace, u.user]));
    return {
      result: () =>
        result(
          id,
          'fail',
          'user-bindings-missing',
          { name: userRole, count: bad.length, namespaces: bad.slice(0, NAMED) },
          {
            object,
            field: 'metadata.namespace',
            details,
            remedies: [
              fix.listUserRoleBindings(userRole),
              fix.userRoleBindingsYaml(
                userRole,
                bad
                  .slice(0, NAMED)
                  .map((namespace) => ({ namespace, user: byName.get(namespace) ?? '' })),
              ),
            ],
          },
        ),
    };
  };

  const findings = [
    clusterRole(userRole, ['use'], false),
    clusterRole(DWO_CONTAINER_RUN_ROLE, ['get', 'update', 'use'], true),
    dwoBinding(),
    userBindings(),
  ];
  const failed = findings.find((f): f is { result: () => CheckResult } => 'result' in f);
  if (failed && ctx.reconciling) return reconciling();
  // The roles and the controller binding come after the server in the operator's reconcile order:
  // missing while it reports a failure, they are missing because of it (the user RoleBindings
  // come from another controller, so they keep their own finding).
  const missing = findings.flatMap((f) => ('missing' in f && f.missing ? [f.missing] : []))[0];
  if (missing !== undefined && ctx.reconcileFailure) {
    return result(
      id,
      'fail',
      'rbac-missing-reconcile-failed',
      { name: missing, message: ctx.reconcileFailure.message },
      {
        object: clusterRoleRef(userRole),
        field: 'status.reason',
        remedies: [fix.operatorLogs(ctx.flavor), fix.showCheClusterStatus(ctx.namespace, ctx.name)],
      },
    );
  }
  if (failed) return failed.result();
  const unknown = findings.find((f): f is { unusable: CheckResult } => 'unusable' in f);
  if (unknown) return unknown.unusable;
  const details = findings.flatMap((f) => ('ok' in f ? f.ok : []));
  return result(
    id,
    'pass',
    'cluster-role-ok',
    { name: userRole, scc, namespaces: boundUserNamespaces(snapshot).length },
    { object: clusterRoleRef(userRole), details },
  );
};
